using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Cli.Roster;

/// <summary>One roster row as read: its line number, the employee or the reasons it could not be read.</summary>
internal sealed record RosterRow(long Line, string? Id, Employee? Employee, IReadOnlyList<InputError> Errors);
