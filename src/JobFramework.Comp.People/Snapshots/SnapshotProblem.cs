namespace JobFramework.Comp.People.Snapshots;

/// <summary>Why a snapshot row was refused: its line, the person's id when it could be read, the field and the message.</summary>
public sealed record SnapshotProblem(long Line, string? Id, string Field, string Message)
{
    public override string ToString() => $"line {Line}{(Id is null ? "" : " (" + Id + ")")}: {Field}: {Message}";
}
