/// HanQuant's own version.
public enum HanQuantVersion {
    /// The release number, following semantic versioning.
    public static let string = "0.1.0"
}
