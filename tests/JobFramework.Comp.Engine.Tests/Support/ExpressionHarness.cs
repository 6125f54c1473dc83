using System.Linq.Expressions;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Expressions;
using JobFramework.Comp.Json;
using JobFramework.Comp.Releases;
using JobFramework.Comp.Tables;

namespace JobFramework.Comp.Engine.Tests.Support;

/// <summary>Compiles one expression as a workflow rule would see it, against a loaded release.</summary>
internal static class ExpressionHarness
{
    public static BoundExpression? Bind(string text, CompiledRelease release, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var source = new SourceString(new SourceSpan("rule.json", "/Expression", 3, 20), text, "      \"Expression\": \"" + text + "\"") { ColumnsMapExactly = true };
        var environment = new BindingEnvironment
        {
            Scope = Expression.Parameter(typeof(EvaluationScope), "scope"),
            Tables = release.Tables.ToDictionary(t => t.Name, t => new TableSignature(t.Name, t.Number, t.Policy, t.Outputs), StringComparer.OrdinalIgnoreCase),
            Framework = release.Framework,
        };
        var bound = ExpressionCompiler.Bind(source, new Binder(environment), null, "expression", bag);
        diagnostics = bag.Items;
        return bound is null ? null : bound with { Code = Expression.Lambda(bound.Code, environment.Scope) };
    }

    public static Diagnostic Error(string text, CompiledRelease? release = null)
    {
        Bind(text, release ?? Samples.Release, out var diagnostics).ShouldBeNull($"'{text}' should not compile");
        return diagnostics.Single();
    }

    /// <summary>Evaluates for an employee whose target is the next level (and its role).</summary>
    public static object? Evaluate(string text, Employee employee, CompiledRelease? release = null)
    {
        release ??= Samples.Release;
        var bound = Bind(text, release, out var diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
        return Run(bound, employee, release);
    }

    /// <summary>Runs an expression already bound by <see cref="Bind"/>, as <see cref="Evaluate"/> does.</summary>
    public static object? Run(BoundExpression bound, Employee employee, CompiledRelease? release = null) =>
        Compile(bound)(ScopeFor(employee, release ?? Samples.Release));

    /// <summary>The bound expression as a delegate, to run on many employees (<see cref="ScopeFor"/>).</summary>
    public static Func<EvaluationScope, object?> Compile(BoundExpression bound)
    {
        var lambda = (LambdaExpression)bound.Code;
        return Expression.Lambda<Func<EvaluationScope, object?>>(Expression.Convert(lambda.Body, typeof(object)), lambda.Parameters).Compile();
    }

    /// <summary>A scope on an employee whose target is the next level.</summary>
    public static EvaluationScope ScopeFor(Employee employee, CompiledRelease release)
    {
        var scope = new EvaluationScope(release);
        scope.Reset(employee);
        var next = release.Framework.FindTrack(employee.Track)!.NextAbove(employee.Level);
        if (next is not null)
        {
            scope.SetTarget(employee.Track, next.Number, null);
        }

        return scope;
    }
}
