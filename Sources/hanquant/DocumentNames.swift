import Foundation
import HanQuant

/// Names documents so that no two files share one: a file is named after
/// itself without its extension (`x` for `a/x.txt`), but files that would
/// share a name are named by their path from the folder they have in common
/// (`a/x` and `b/x`), with the extension kept when that is still not enough
/// (`x.txt` and `x.pdf`). The same file named twice keeps one name.
enum DocumentNames {
    /// `inputs` with a name set on each file whose plain name another file shares.
    static func disambiguated(_ inputs: [DocumentInput]) -> [DocumentInput] {
        let files = inputs.filter { !$0.isStandardInput }
        let groups = Dictionary(grouping: files, by: \.plainName)
        var names: [String: String] = [:]
        for (_, group) in groups {
            let paths = Set(group.map(\.absolutePath))
            guard paths.count > 1 else { continue }
            let sorted = paths.sorted()
            let root = commonFolder(sorted)
            let relative = sorted.map { String($0.dropFirst(root.count)).drop { $0 == "/" } }.map(String.init)
            let withoutExtensions = relative.map { ($0 as NSString).deletingPathExtension }
            let chosen = Set(withoutExtensions).count == relative.count ? withoutExtensions : relative
            for (path, name) in zip(sorted, chosen) { names[path] = name }
        }
        return inputs.map { input in
            guard let name = names[input.absolutePath] else { return input }
            return input.named(name)
        }
    }

    /// The longest folder path all of `paths` lie under.
    private static func commonFolder(_ paths: [String]) -> String {
        let parts = paths.map { ($0 as NSString).deletingLastPathComponent.split(separator: "/", omittingEmptySubsequences: false) }
        var common = parts[0]
        for other in parts.dropFirst() {
            common = Array(zip(common, other).prefix { $0 == $1 }.map(\.0))
        }
        return common.joined(separator: "/")
    }
}
