using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// Where someone sits (or would sit) in the framework: the keys a band table is looked up by. It reads
/// through to the employee and stores only what differs (a target's track, level, role), so moving to the
/// next employee is one reference write. Owned by one <see cref="EvaluationScope"/>; the role at the
/// position is looked up only if a rule asks for it.
/// </summary>
internal sealed class Position(JobFrameworkModel framework)
{
    private Employee _employee = null!;
    private string? _family;
    private string? _track;
    private string? _focus;
    private long _level;
    private Role? _role;
    private bool _roleKnown;

    public string Family => _family ?? _employee.Family;

    public string Track => _track ?? _employee.Track;

    public long Level => _level;

    public string Focus => _focus ?? _employee.Focus;

    public string Region => _employee.Region;

    public string RoleId => Role?.Id ?? "";

    public Role? Role
    {
        get
        {
            if (!_roleKnown)
            {
                _role = framework.FindRole(Family, Track, (int)Level, Focus) ?? (Focus.Length > 0 ? framework.FindRole(Family, Track, (int)Level, "") : null);
                _roleKnown = true;
            }

            return _role;
        }
    }

    /// <summary>The employee's own position.</summary>
    public void SetEmployee(Employee employee)
    {
        _employee = employee;
        _family = _track = _focus = null;
        _level = employee.Level;
        _roleKnown = false;
    }

    /// <summary>A position the employee could move to; null parts stay the employee's own.</summary>
    public void SetTarget(Employee employee, string? family, string track, long level, string? focus, Role? role)
    {
        _employee = employee;
        _family = family;
        _track = track;
        _level = level;
        _focus = focus;
        _role = role;
        _roleKnown = role is not null;
    }
}
