using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.People.Roster;

/// <summary>One roster row as read: its line number, the employee or the reasons it could not be read.</summary>
public sealed record RosterRow(long Line, string? Id, Employee? Employee, IReadOnlyList<InputError> Errors)
{
    /// <summary>The directory columns' text (a snapshot's name, manager…), in the order asked for; empty for a plain roster.</summary>
    public IReadOnlyList<string> Directory { get; init; } = [];
}
