namespace JobFramework.Comp.Evaluation;

/// <summary>
/// Where someone sits (or would sit) in the framework: the keys a band table is looked up by. Mutable and
/// owned by one <see cref="EvaluationScope"/>, so evaluating many employees allocates nothing per employee.
/// </summary>
internal sealed class Position
{
    public string Family = "";
    public string Track = "";
    public long Level;
    public string Focus = "";
    public string Region = "";
    public string RoleId = "";

    public void Set(string family, string track, long level, string focus, string region, string roleId)
    {
        Family = family;
        Track = track;
        Level = level;
        Focus = focus;
        Region = region;
        RoleId = roleId;
    }
}
