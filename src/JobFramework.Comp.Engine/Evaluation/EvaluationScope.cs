using JobFramework.Comp.Framework;
using JobFramework.Comp.Releases;
using JobFramework.Comp.Tables;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// Everything compiled rules read while evaluating one employee: the employee, their position and the
/// target's, roles, and per-evaluation caches of band and table lookups. One scope serves many employees
/// in turn (reset by <see cref="Reset"/>), so a batch allocates nothing per employee. Not thread-safe:
/// use one scope per thread.
/// </summary>
internal sealed class EvaluationScope
{
    private readonly CompiledRelease _release;
    private readonly CompiledTable[] _tables;
    private readonly int[] _hitRow;
    private readonly int[] _hitStamp;
    private readonly int[]?[] _collected;
    private CellValue[] _cells = new CellValue[8];
    private int _stamp;
    // Cached band lookups as table rows (-1: none, -2: not looked up yet): an int store, unlike a
    // reference store, costs no GC write barrier on every employee.
    private int _currentBandRow = NotLookedUp;
    private int _targetBandRow = NotLookedUp;
    private const int NotLookedUp = -2;

    private readonly object?[] _constants;

    public EvaluationScope(CompiledRelease release)
    {
        _constants = new object?[release.Framework.Constants.Count];
        _release = release;
        SetAsOf(release.Manifest.EffectiveFrom);
        _tables = [.. release.Tables];
        Current = new Position(release.Framework, this);
        Target = new Position(release.Framework, this);
        _hitRow = new int[release.Tables.Count];
        _hitStamp = new int[release.Tables.Count];
        _collected = new int[]?[release.Tables.Count];
    }

    public CompiledRelease Release => _release;

    /// <summary>The date whose constant values rules read.</summary>
    public DateOnly AsOf { get; private set; }

    /// <summary>Takes the value of every constant in effect on a date (none before its first value).</summary>
    public void SetAsOf(DateOnly date)
    {
        AsOf = date;
        var constants = _release.Framework.Constants;
        for (int i = 0; i < constants.Count; i++)
        {
            _constants[i] = constants[i].On(date)?.Value;
        }
    }

    /// <summary>A constant's value on the as-of date; an error naming it when it has none then.</summary>
    public object Constant(int slot) =>
        _constants[slot] ?? throw new RuleEvaluationException(Diagnostics.Messages.ConstantWithoutValue(_release.Framework.Constants[slot].Name, AsOf));

    /// <summary>Values of the declared inputs of the workflow being evaluated (<c>input.name</c> in its rules).</summary>
    public Model.AttributeValues Inputs = Model.AttributeValues.None;

    public Employee Employee = null!;

    public readonly Position Current;

    public readonly Position Target;

    /// <summary>Values of the workflow outputs computed so far, by slot, for the outputs that use them.</summary>
    public object?[] Computed = [];

    /// <summary>An earlier output's value; one that failed has none, and using it is a rule error naming it.</summary>
    public object ComputedValue(int slot, string name) =>
        Computed[slot] ?? throw new RuleEvaluationException(Diagnostics.Messages.OutputWithoutValue(name));

    public Role? CurrentRole => Current.Role;

    public Role? TargetRole => Target.Role;

    /// <summary>The salary as money, in the currency stated or the region's (read only by rules that use it).</summary>
    public Monetary.Money Salary
    {
        get
        {
            var currency = Employee.Currency is not null && Monetary.Currency.TryParse(Employee.Currency, out var stated)
                ? stated.Value
                : _release.Framework.FindRegion(Employee.Region)!.Currency;
            return new Monetary.Money(Employee.BaseSalary, currency);
        }
    }

    /// <summary>Starts evaluating an employee; evaluating the same (immutable) employee again keeps the caches.</summary>
    public void Reset(Employee employee)
    {
        if (ReferenceEquals(employee, Employee))
        {
            return;
        }

        Employee = employee;
        Current.SetEmployee(employee);
        Target.SetEmployee(employee);
        unchecked
        {
            _stamp++;
        }

        _currentBandRow = _targetBandRow = NotLookedUp;
    }

    /// <summary>Sets what the employee is evaluated for: a named role, or a level (the role there is looked up).</summary>
    public void SetTarget(string track, int level, Role? role)
    {
        Target.SetTarget(role?.Family, track, level, role?.Focus, role);

        // Tables may read target.*: cached lookups from before the target was set are stale.
        unchecked
        {
            _stamp++;
        }

        _targetBandRow = NotLookedUp;
    }

    public Role RequireCurrentRole() =>
        CurrentRole ?? throw new RuleEvaluationException(Diagnostics.Messages.NoRoleAt(Current.Family, Current.Track, Current.Level, Current.Focus));

    public Role RequireTargetRole() =>
        TargetRole ?? throw new RuleEvaluationException(Diagnostics.Messages.NoRoleAt(Target.Family, Target.Track, Target.Level, Target.Focus));

    public PayBand? FindCurrentBand()
    {
        if (_currentBandRow == NotLookedUp)
        {
            _currentBandRow = _release.FindBandRow(this, Current);
        }

        return _release.BandAt(_currentBandRow);
    }

    public PayBand CurrentBand() =>
        FindCurrentBand() ?? throw new RuleEvaluationException(Diagnostics.Messages.NoBand(Current.Track, Current.Level, Current.Region));

    public PayBand? FindTargetBand()
    {
        if (_targetBandRow == NotLookedUp)
        {
            _targetBandRow = _release.FindBandRow(this, Target);
        }

        return _release.BandAt(_targetBandRow);
    }

    public PayBand TargetBand() =>
        FindTargetBand() ?? throw new RuleEvaluationException(Diagnostics.Messages.NoBand(Target.Track, Target.Level, Target.Region));

    /// <summary>Whether a FIRST/UNIQUE table has a row for the current position (cached per employee).</summary>
    public bool Matched(int table) => Hit(table) >= 0;

    /// <summary>
    /// An output of the matched row, as stored; an error naming the table when none matched. Compiled rules
    /// cast it to the column's exact type themselves (a generic method here would run shared code that
    /// looks the type up at run time on every call).
    /// </summary>
    public object Output(int table, int column)
    {
        int row = Hit(table);
        var compiled = _tables[table];
        if (row < 0)
        {
            throw new RuleEvaluationException(Diagnostics.Messages.NoTableRow(compiled.Name));
        }

        return compiled.Rows[row].Outputs[column];
    }

    /// <summary>COLLECT: whether any row matched.</summary>
    public bool AnyCollected(int table) => Collected(table).Length > 0;

    /// <summary>COLLECT: one output of every matching row, in row order.</summary>
    public T[] CollectedOutputs<T>(int table, int column)
    {
        var rows = Collected(table);
        var compiled = _tables[table];
        var result = new T[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            result[i] = (T)compiled.Rows[rows[i]].Outputs[column];
        }

        return result;
    }

    public CellValue[] CellBuffer(int size)
    {
        if (_cells.Length < size)
        {
            _cells = new CellValue[size];
        }

        return _cells;
    }

    private int Hit(int table)
    {
        if (_hitStamp[table] != _stamp)
        {
            _hitRow[table] = _tables[table].FindSingle(this, Current);
            _hitStamp[table] = _stamp;
        }

        return _hitRow[table];
    }

    private int[] Collected(int table)
    {
        if (_hitStamp[table] != _stamp || _collected[table] is null)
        {
            _collected[table] = _tables[table].FindAll(this, Current);
            _hitStamp[table] = _stamp;
        }

        return _collected[table]!;
    }
}
