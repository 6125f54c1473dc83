using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// Where someone sits (or would sit) in the framework: the keys a band table is looked up by. It reads
/// through to the scope's employee and stores only what differs (a target's track, level, role), so moving
/// to the next employee writes no object reference here. Owned by one <see cref="EvaluationScope"/>; the
/// role at the position is looked up only if a rule asks for it.
/// </summary>
internal sealed class Position(JobFrameworkModel framework, EvaluationScope scope)
{
    private string? _family;
    private string? _track;
    private string? _focus;
    private long _level;
    private Role? _role;
    private bool _roleKnown;

    private Employee Employee => scope.Employee;

    public string Family => _family ?? Employee.Family;

    public string Track => _track ?? Employee.Track;

    public long Level => _level;

    public string Focus => _focus ?? Employee.Focus;

    public string Region => Employee.Region;

    public string RoleId => Role?.Id ?? "";

    public Role? Role
    {
        get
        {
            if (!_roleKnown)
            {
                Assign(ref _role, framework.FindRole(Family, Track, (int)Level, Focus) ?? (Focus.Length > 0 ? framework.FindRole(Family, Track, (int)Level, "") : null));
                _roleKnown = true;
            }

            return _role;
        }
    }

    /// <summary>The scope's employee's own position (the scope has just been given that employee).</summary>
    public void SetEmployee(Employee employee)
    {
        _family = _track = _focus = null;
        _level = employee.Level;
        _roleKnown = false;
    }

    /// <summary>A position the employee could move to; null parts stay the employee's own.</summary>
    public void SetTarget(string? family, string track, long level, string? focus, Role? role)
    {
        Assign(ref _family, family);
        Assign(ref _track, track);
        Assign(ref _focus, focus);
        Assign(ref _role, role);
        _level = level;
        _roleKnown = role is not null;
    }

    // Batch evaluation sets the same few ids over and over: comparing first skips the GC write barrier
    // a reference store costs, which is most of what moving to the next employee would cost.
    private static void Assign<T>(ref T? field, T? value)
        where T : class
    {
        if (!ReferenceEquals(field, value))
        {
            field = value;
        }
    }
}
