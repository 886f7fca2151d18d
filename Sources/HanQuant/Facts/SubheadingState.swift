/// What the last unnumbered sub-heading (本年度修訂預算) says of the figures
/// after it, until the next sub-heading or heading: its year or fiscal year,
/// and whether it names a plan, whose figures are estimates.
struct SubheadingState: Sendable {
    /// The sub-heading's period, if it names one.
    let period: Period?
    /// The plan it names, if any.
    let plan: PlanSection?

    /// No sub-heading in force.
    static let none = SubheadingState(period: nil, plan: nil)
}

/// What the facts stage of a window of a document read in windows is
/// handed: the sub-heading in force at its start, and the contexts of its
/// sections, worked out once as its window was read.
struct WindowFactContext: Sendable {
    /// The sub-heading in force where the window starts.
    let entering: SubheadingState
    /// The contexts of the window's sections.
    let sections: SectionContexts
}
