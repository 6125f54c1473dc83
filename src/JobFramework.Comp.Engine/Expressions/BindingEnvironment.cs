using System.Linq.Expressions;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Tables;

namespace JobFramework.Comp.Expressions;

/// <summary>What an expression may refer to where it stands: a workflow rule sees the employee, target,
/// roles, bands and tables; a table input sees the employee, the target and the looked-up position.</summary>
internal sealed class BindingEnvironment
{
    public required ParameterExpression Scope { get; init; }

    /// <summary>Set for table input columns: the position the table is looked up for.</summary>
    public ParameterExpression? Position { get; init; }

    public required IReadOnlyDictionary<string, TableSignature> Tables { get; init; }

    /// <summary>Used to reject unknown skill ids and out-of-scale proficiencies written as literals.</summary>
    public JobFrameworkModel? Framework { get; init; }

    /// <summary>The band as this release's band table defines it (optional outputs it lacks refuse to be read); null: every output.</summary>
    public ObjectType? Band { get; init; }

    /// <summary>Set inside a workflow that declares inputs: the <c>input</c> object its rules and outputs read.</summary>
    public ObjectType? Input { get; init; }

    /// <summary>
    /// Set for a RulesEngine workflow over its own RuleParameters: the parameters by name are the only roots its
    /// expressions may read (no employee, band, tables or constants — RulesEngine has none of them).
    /// </summary>
    public IReadOnlyDictionary<string, ObjectType>? Parameters { get; init; }

    /// <summary>The constants some expression of the release reads, by name (for the lint on unread ones); shared by every nested scope.</summary>
    public HashSet<string> ConstantReads { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The workflow inputs some expression of the workflow reads, by name; one set per workflow.</summary>
    public HashSet<string> InputReads { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Named sub-expressions (RulesEngine LocalParams / GlobalParams), inlined where used.</summary>
    public Dictionary<string, BoundExpression> Locals { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsTableInput => Position is not null;

    /// <summary>A scope inside this one (a workflow, a rule): the same inputs, a copy of the named sub-expressions so far.</summary>
    public BindingEnvironment Nested(ObjectType? input = null)
    {
        var nested = new BindingEnvironment
        {
            Scope = Scope, Tables = Tables, Framework = Framework, Band = Band, Input = input ?? Input, Parameters = Parameters,
            ConstantReads = ConstantReads, InputReads = input is null ? InputReads : new(StringComparer.OrdinalIgnoreCase),
        };
        foreach (var local in Locals)
        {
            nested.Locals[local.Key] = local.Value;
        }

        return nested;
    }

    /// <summary>Set for derived tables: the source tables combined, by alias; their rows are read through <see cref="Frame"/>.</summary>
    public IReadOnlyDictionary<string, DerivationSource>? Sources { get; init; }

    /// <summary>The <see cref="DerivationFrame"/> a derived table's expressions read.</summary>
    public ParameterExpression? Frame { get; init; }

    public bool IsDerivation => Sources is not null;
}

/// <summary>What expressions know of a table: its number in the release, hit policy and typed outputs.</summary>
internal sealed record TableSignature(string Name, int Number, HitPolicy Policy, IReadOnlyList<TableOutput> Outputs);

/// <summary>A type-checked expression: the code that computes it and its static type.</summary>
internal sealed record BoundExpression(Expression Code, ExprType Type);

/// <summary>
/// A skill criterion found in a rule (<c>hasSkill</c>/<c>hasSkills</c>), compiled separately so that an
/// unmet rule can name each concrete gap: skill, required proficiency, held proficiency.
/// </summary>
internal sealed record SkillCheck(Func<Evaluation.EvaluationScope, SkillRequirement[]> Requirements);
