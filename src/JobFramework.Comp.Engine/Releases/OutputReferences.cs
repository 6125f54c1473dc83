using System.Linq.Expressions;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Expressions;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Finds the values an output expression reads — member paths such as <c>employee.baseSalary</c> or
/// <c>targetBand.min</c>, and earlier outputs or parameters by name — and compiles each on its own, so
/// the explanation shows every intermediate value.
/// </summary>
internal static class OutputReferences
{
    public static IReadOnlyList<CompiledReference> Find(string expression, BindingEnvironment environment)
    {
        if (!Parser.TryParse(expression, out var syntax, out _))
        {
            return [];
        }

        var found = new List<CompiledReference>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var candidate in Candidates(syntax!))
        {
            string name = Render(candidate);
            if (!seen.Add(name) || Compile(candidate, name, environment) is not { } reference)
            {
                continue;
            }

            found.Add(reference);
        }

        return found;
    }

    // The outermost member paths and names, outside lambdas (whose parameter has no value on its own).
    private static IEnumerable<Syntax> Candidates(Syntax syntax) => syntax switch
    {
        MemberSyntax or IdentifierSyntax => [syntax],
        CallSyntax call => (call.Target is null ? [] : Candidates(call.Target)).Concat(call.Arguments.Where(a => a is not LambdaSyntax).SelectMany(Candidates)),
        UnarySyntax unary => Candidates(unary.Operand),
        BinarySyntax binary => Candidates(binary.Left).Concat(Candidates(binary.Right)),
        ConditionalSyntax conditional => Candidates(conditional.Condition).Concat(Candidates(conditional.WhenTrue)).Concat(Candidates(conditional.WhenFalse)),
        ListSyntax list => list.Items.SelectMany(Candidates),
        _ => [],
    };

    private static CompiledReference? Compile(Syntax candidate, string name, BindingEnvironment environment)
    {
        BoundExpression bound;
        try
        {
            bound = new Binder(environment).Bind(candidate);
        }
        catch (BindException)
        {
            return null;
        }

        if (bound.Type is ObjectType or ListType or TablesType or TableRefType)
        {
            return null;
        }

        // A date attribute or constant is explained as a date, not as the number rules compare.
        var shown = DateMembers.IsDate(name, environment) && bound.Code.Type == typeof(long)
            ? DateMembers.Shown(bound.Code)
            : bound.Code;
        var read = Expression.Lambda<Func<EvaluationScope, object>>(Expression.Convert(shown, typeof(object)), environment.Scope).Compile();
        var constant = candidate is MemberSyntax { Target: IdentifierSyntax { Name: var root } } member && string.Equals(root, "constants", StringComparison.OrdinalIgnoreCase)
            ? environment.Framework?.Constants.FirstOrDefault(c => string.Equals(c.Name, member.Name, StringComparison.OrdinalIgnoreCase))
            : null;
        return new CompiledReference(name, read) { Source = constant is null ? null : scope => constant.SourceOn(scope.AsOf) };
    }

    private static string Render(Syntax syntax) => syntax switch
    {
        IdentifierSyntax identifier => identifier.Name,
        MemberSyntax member => Render(member.Target) + "." + member.Name,
        _ => "",
    };
}
