import Foundation

/// `hanquant review`: one self-contained HTML file (its style, script and
/// data inline; nothing fetched from a network, so it opens from a file on
/// an offline machine) showing each document's text with every fact
/// highlighted, a colour per dimension, beside a table of its facts.
/// The page's parts are resources (`Resources/Review`): `review.html`, with
/// `/*style*/`, `/*script*/` and `/*data*/` where the others go in.
public enum ReviewPage {
    /// The page for `documents`, as UTF-8 bytes.
    public static func html(_ documents: [ReviewDocument]) -> [UInt8] {
        let data = "{\"version\":" + FactRecord.jsonString(HanQuantVersion.string)
            + ",\"fixtures\":\(documents.contains { $0.diff != nil })"
            + ",\"documents\":[" + documents.map { $0.json() }.joined(separator: ",\n") + "]}"
        let page = part("review.html")
            .replacingOccurrences(of: "/*style*/", with: part("review.css"))
            .replacingOccurrences(of: "/*script*/", with: part("review.js"))
            .replacingOccurrences(of: "/*data*/", with: scriptSafe(data))
        return Array(page.utf8)
    }

    /// JSON that cannot end the `<script>` element holding it (`</script>`,
    /// `<!--` in a document's text): `<` occurs only inside its strings,
    /// where `\u003c` stands for it.
    static func scriptSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c")
    }

    private static func part(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Review"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("HanQuant's resource Review/\(name) is missing from the bundle")
        }
        return text
    }
}
