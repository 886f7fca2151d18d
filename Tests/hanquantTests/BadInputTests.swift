import Foundation
import Testing

/// The bad inputs and hostile options of the robustness pass, each with the
/// exit status, the error line and the output it must give: none crashes,
/// none leaves a temporary file behind, and none passes in silence.
@Suite("Bad inputs and hostile options")
struct BadInputTests {
    let cli = CLITests()

    /// A case: the shell command run (`"$0"` is hanquant, run in `$1`, an
    /// empty folder), the exit status, and words the standard error must hold.
    struct Case: Sendable, CustomTestStringConvertible {
        let script: String
        let status: Int32
        let message: String
        /// Words the standard output must hold, if any.
        var output: String?
        var testDescription: String { script }
    }

    static let cases: [Case] = [
        Case(script: #""$0" extract --max-size 8796093022208 -o "$1/out.jsonl" Corpus/guanghua-2016-work-report.txt"#, status: 2,
             message: "--max-size takes 1 to 1048576"),
        Case(script: #""$0" extract --max-size 0 Corpus/guanghua-2016-work-report.txt"#, status: 2, message: "--max-size takes 1 to"),
        Case(script: #""$0" extract -o "$1/out.jsonl" - <&-"#, status: 1, message: "error: <stdin>: cannot read standard input: bad file descriptor"),
        Case(script: #""$0" extract -o "$1/out.jsonl" - < /"#, status: 1, message: "error: <stdin>: cannot read standard input: is a directory"),
        Case(script: #""$0" extract -o "$1/out.jsonl" - 0>"$1/write-only""#, status: 1, message: "error: <stdin>: cannot read standard input: bad file descriptor"),
        Case(script: #""$0" segments - <&-"#, status: 1, message: "<stdin>: cannot read standard input"),
        Case(script: #""$0" text - < /"#, status: 1, message: "<stdin>: cannot read standard input: is a directory"),
        Case(script: #""$0" extract --files-from - <&-"#, status: 2, message: "--files-from -: cannot read standard input"),
        Case(script: #"head -c 3000000 /dev/zero | tr '\0' '5' | "$0" extract --max-size 1 --quiet -"#, status: 1,
             message: "error: <stdin>: larger than --max-size: more than 1 MB"),
        Case(script: #"ln -s loop-b "$1/loop-a"; ln -s loop-a "$1/loop-b"; "$0" extract "$1/loop-a""#, status: 1,
             message: "loop-a: too many levels of symbolic links"),
        Case(script: #""$0" extract "$1/$(printf 'x\033[31my')""#, status: 1, message: #"/x\u{1B}[31my: no such file"#),
        Case(script: #""$0" extract --encoding NOPE Corpus/guanghua-2016-work-report.txt"#, status: 2,
             message: "--encoding: ICU has no converter named 'NOPE'"),
        Case(script: #""$0" extract --date 0016-01-01 Corpus/guanghua-2016-work-report.txt"#, status: 2,
             message: "--date takes a date as YYYY-MM-DD between 1000 and 9999"),
        Case(script: #"printf '  \n\n' > "$1/list"; echo 全年完成投资3亿元 | "$0" extract --files-from "$1/list""#, status: 2,
             message: "the list names no file"),
        Case(script: #"echo Corpus/guanghua-2016-work-report.txt | "$0" extract --files-from - -"#, status: 2,
             message: "--files-from - reads the list from standard input, so - cannot also be a document"),
        Case(script: #"printf '英亩\tm2\t-4046.8564224\tarea\n' > "$1/u.tsv"; "$0" extract --units "$1/u.tsv" Corpus/guanghua-2016-work-report.txt"#,
             status: 2, message: "is negative"),
        Case(script: #"printf '英亩\tm2\t4046.8564224\tarea\t\textra\n' > "$1/u.tsv"; "$0" extract --units "$1/u.tsv" Corpus/guanghua-2016-work-report.txt"#,
             status: 2, message: "at most a fifth column"),
        Case(script: #"printf '英亩\tm2\t4046.8564224\tarea\n英亩\tm2\t1\tarea\n' > "$1/u.tsv"; "$0" extract --units "$1/u.tsv" Corpus/guanghua-2016-work-report.txt"#,
             status: 2, message: "'英亩' is listed twice (first on line 1)"),
        Case(script: #"head -c 3000000 /dev/zero | tr '\0' '5' | "$0" segments --max-size 1 -"#, status: 1,
             message: "larger than --max-size: more than 1 MB"),
        Case(script: #"(cat Corpus/guanghua-2016-work-report.txt; printf '\0') | "$0" extract --format csv -"#, status: 0,
             message: "warning: <stdin>: 1 NUL byte in UTF-8 text", output: "stdin,149,"),
        Case(script: #"mkdir -p "$1/fx/guanghua-2016-work-report.jsonl"; "$0" diff --quiet --format json --fixtures "$1/fx" Corpus/guanghua-2016-work-report.txt"#,
             status: 2, message: "guanghua-2016-work-report.jsonl: is a directory",
             output: #""identical":false,"documents":[],"errors":["#),
        Case(script: #"mkdir "$1/fx"; printf '{oops\n' > "$1/fx/guanghua-2016-work-report.jsonl"; "$0" diff --quiet --fixtures "$1/fx" Corpus/guanghua-2016-work-report.txt"#,
             status: 2, message: "line 1 is not a JSON object", output: "1 could not be compared"),
    ]

    @Test("Each bad input or option gives its exit status and one clear line, no crash, no file left behind", arguments: cases)
    func badInput(_ testCase: Case) throws {
        let folder = try cli.temporaryFile([], name: "placeholder").deletingLastPathComponent()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("placeholder"))
        let result = try cli.run(["sh", "-c", testCase.script.replacingOccurrences(of: "\"$1", with: "\"\(folder.path)"),
                                  CLITests.executable.path], executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == testCase.status, "\(result.stderr)")
        #expect(result.stderr.lowercased().contains(testCase.message.lowercased()), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("NSCocoaErrorDomain"))
        if let output = testCase.output { #expect(result.stdout.contains(output), "\(result.stdout)") }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") || $0.contains("tmp") }
        #expect(left.isEmpty, "temporary files left: \(left)")
    }

    /// Runs `script` with `"$0"` as hanquant and `$1` an empty folder; returns the run and the folder.
    func shell(_ script: String) throws -> (CLITests.Run, URL) {
        let folder = try cli.temporaryFile([], name: "placeholder").deletingLastPathComponent()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("placeholder"))
        let run = try cli.run(["sh", "-c", script, CLITests.executable.path, folder.path], executable: URL(fileURLWithPath: "/bin/sh"))
        return (run, folder)
    }

    @Test("-o follows a symbolic link, writes through a FIFO, keeps an existing file's mode, gives a new one the umask's")
    func outputFiles() throws {
        let report = "Corpus/baishi-2024-work-report.txt"
        let (link, _) = try shell(#"ln -s target.jsonl "$1/out.jsonl"; "$0" extract --quiet -o "$1/out.jsonl" \#(report); "#
            + #"test -L "$1/out.jsonl" && wc -l < "$1/target.jsonl""#)
        #expect(link.status == 0 && link.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "58", "\(link.stderr)")
        let (fifo, _) = try shell(#"mkfifo "$1/pipe"; (wc -l < "$1/pipe" > "$1/count") & "$0" extract --quiet -o "$1/pipe" \#(report); "#
            + #"wait; test -p "$1/pipe" && cat "$1/count""#)
        #expect(fifo.status == 0 && fifo.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "58", "\(fifo.stderr)")
        let (modes, _) = try shell(#"umask 027; "$0" extract --quiet -o "$1/new.jsonl" \#(report); stat -c %a "$1/new.jsonl"; "#
            + #"chmod 604 "$1/new.jsonl"; "$0" extract --quiet -o "$1/new.jsonl" \#(report); stat -c %a "$1/new.jsonl""#)
        #expect(modes.stdout == "640\n604\n", "\(modes.stderr)")
    }

    @Test("A file whose name is not UTF-8 is read, in a folder, as an argument and from --files-from; its doc escapes the bad bytes")
    func nonUTF8Names() throws {
        let (run, _) = try shell(#"mkdir "$1/in"; cp Corpus/baishi-2024-work-report.txt "$1/in/$(printf 'bad\377name.txt')"; "#
            + #""$0" extract --quiet --format csv "$1/in" | cut -d, -f1 | sort | uniq -c; "#
            + #""$0" extract --quiet "$1/in/$(printf 'bad\377name.txt')" | wc -l; "#
            + #"printf '%s\n' "$1/in/$(printf 'bad\377name.txt')" | "$0" extract --quiet --files-from - | wc -l"#)
        let lines = run.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines == ["58 bad\\xFFname", "1 doc", "58", "58"], "\(run.stdout) \(run.stderr)")
    }

    @Test("-o naming an input, directly or through a link, is refused and the input is left as it was")
    func outputIsInput() throws {
        let (run, folder) = try shell(#"cp Corpus/baishi-2024-work-report.txt "$1/r.txt"; ln -s r.txt "$1/l.txt"; "#
            + #""$0" extract -o "$1/r.txt" "$1/r.txt"; a=$?; "$0" extract -o "$1/l.txt" "$1"/r.txt; echo "$a $?""#)
        #expect(run.stdout == "2 2\n")
        #expect(run.stderr.contains("is one of the inputs"))
        let kept = try Data(contentsOf: folder.appendingPathComponent("r.txt"))
        #expect(kept == (try Data(contentsOf: CLITests.root.appendingPathComponent("Corpus/baishi-2024-work-report.txt"))))
    }

    @Test("A hang-up or quit signal removes the temporary output file, as an interrupt does", arguments: ["HUP", "QUIT", "INT", "TERM"])
    func signals(_ signal: String) throws {
        // hanquant waits for standard input with its temporary file open; the signal comes meanwhile.
        let (run, folder) = try shell(#"mkfifo "$1/in"; sleep 3 > "$1/in" & "$0" extract -o "$1/out.jsonl" - < "$1/in" & pid=$!; "#
            + #"sleep 1; ls -a "$1" | grep -c hanquant; kill -\#(signal) $pid; wait $pid; echo "status $?"; rm "$1/in""#)
        #expect(run.stdout.hasPrefix("1\n"), "the temporary file was there: \(run.stdout)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left.isEmpty, "\(left)")
    }
}
