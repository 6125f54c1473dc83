namespace JobFramework.Comp.Evaluation;

/// <summary>A problem with an evaluation input, naming the field (a JSON path such as <c>skills[2]</c>).</summary>
public sealed record InputError(string Field, string Message)
{
    public override string ToString() => Field + ": " + Message;
}
