/// Tells targets (plans, goals, projections) from reported results.
///
/// The cue of `Lexicons/target-words.tsv` ending nearest before the quantity
/// in its sentence decides (力争, 确保, 区定指标 → target; 现有, 已, 累计 → result);
/// words marked none are passed over; a limit (控制在) is a target unless the
/// figure's period ended before the report's year, when it reports a
/// result held within bounds (2023年…控制在5.5%以内 in a 2024 report). A deadline (到2025年), an item of a
/// list a target cue opens, or a period after the report date (a budget's
/// year) makes a target when no cue decides.
/// Without a cue, a figure is a target when it stands in a plan section (a
/// heading holding a word of `Lexicons/plan-headings.txt`) and its period
/// does not start before the plan's year: 2016年完成拆违7万平方米 in a 2017
/// plan is a past result quoted there.
struct TargetDetector: Sendable {
    /// What a cue says of the figure after it.
    enum Verdict {
        /// A plan, goal or projection.
        case target
        /// A reported result.
        case result
        /// A bound to keep within: a target, or a past year's result.
        case limit
    }

    /// Each cue's verdict, or none for words that only hold a shorter cue
    /// (一般公共预算收入 holds 预算; 将近 is "nearly").
    private let cues: CueLexicon<Verdict?>
    private let planWords: PhraseSearch

    /// The detector over the bundled words.
    static let bundled = TargetDetector(cues: LexiconFile.bundled("target-words.tsv"),
                                        planHeadings: LexiconFile.bundled("plan-headings.txt"))

    /// Builds the detector from lexicon files.
    init(cues: LexiconFile, planHeadings: LexiconFile) {
        self.cues = CueLexicon(cues.rows.filter { $0.count >= 2 }.map { row -> (String, Verdict?) in
            switch row[1] {
            case "target": return (row[0], .target)
            case "limit": return (row[0], .limit)
            case "none": return (row[0], nil)
            default: return (row[0], .result)
            }
        })
        self.planWords = PhraseSearch(planHeadings.rows.map { $0[0] })
    }

    /// Whether a heading names a plan.
    func isPlanHeading(_ heading: [UInt16]) -> Bool {
        planWords.occurs(in: heading, range: heading.indices)
    }

    /// Whether the quantity starting at `start` is a target.
    /// - Parameters:
    ///   - sentenceStart: where its sentence starts; cues are looked for from there.
    ///   - plan: the enclosing plan section, nil outside one.
    ///   - periodYear: the first year of the quantity's period, when known.
    ///   - isDeadline: whether its period is a deadline (到2025年, 6月底前),
    ///     is still to come, or the figure is an item of a target list,
    ///     which makes it a target when no cue says otherwise.
    ///   - isPast: whether its period ended before the report's year.
    func isTarget(in units: [UInt16], quantityStart start: Int, sentenceStart: Int,
                  plan: PlanSection?, periodYear: Int?, isDeadline: @autoclosure () -> Bool = false,
                  isPast: @autoclosure () -> Bool = false) -> Bool {
        var end = start
        while let cue = cues.nearest(in: units, before: end, notBefore: sentenceStart) {
            switch cue.value {
            case .target: return true
            case .result: return false
            case .limit: return !isPast()
            case nil: end = cue.range.lowerBound
            }
        }
        if isDeadline() { return true }
        guard let plan else { return false }
        guard let planYear = plan.year, let periodYear else { return true }
        return periodYear >= planYear
    }
}

/// A section whose heading names a plan (三、2017年工作计划).
struct PlanSection: Equatable, Sendable {
    /// The year the plan is for, when the heading or report date tells it.
    let year: Int?
}
