using System.Linq.Expressions;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Tables;

namespace JobFramework.Comp.Expressions;

/// <summary>
/// Type-checks a syntax tree against the whitelisted input model and emits the LINQ expression tree that
/// computes it; both happen in one walk so each construct's typing and code stand side by side. Every
/// problem is a <see cref="BindException"/> with the offending position. No reflection is reachable:
/// member names resolve only through <see cref="InputModel"/>, function names only through
/// <see cref="FunctionLibrary"/>.
/// </summary>
internal sealed class Binder(BindingEnvironment environment)
{
    private readonly Dictionary<string, ParameterExpression> _lambdaParameters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<ParameterExpression, ExprType> _lambdaTypes = [];

    public BindingEnvironment Environment => environment;

    /// <summary>Skill criteria found while binding, for gap explanations.</summary>
    public List<SkillCheck> SkillChecks { get; } = [];

    public bool InsideLambda => _lambdaParameters.Count > 0;

    public BoundExpression Bind(Syntax syntax) => syntax switch
    {
        LiteralSyntax literal => BindLiteral(literal),
        IdentifierSyntax identifier => BindIdentifier(identifier),
        MemberSyntax member => BindMember(member),
        CallSyntax { Target: IdentifierSyntax { Name: var root } } call when string.Equals(root, "Math", StringComparison.Ordinal) && !IsNamed(root) => FunctionLibrary.BindMath(this, call),
        CallSyntax call => call.Target is null ? FunctionLibrary.BindFunction(this, call) : MethodLibrary.BindMethod(this, call),
        IndexSyntax index => BindIndex(index),
        UnarySyntax unary => BindUnary(unary),
        BinarySyntax binary => BindBinary(binary),
        ConditionalSyntax conditional => BindConditional(conditional),
        ListSyntax list => BindList(list),
        LambdaSyntax lambda => throw Error(lambda.Position, Messages.LambdaOutsideCall),
        _ => throw new InvalidOperationException("Unknown syntax node " + syntax.GetType().Name),
    };

    /// <summary>Binds and requires a type (numbers widen from integer).</summary>
    public BoundExpression BindAs(Syntax syntax, ExprType expected, string what)
    {
        var bound = Bind(syntax);
        if (bound.Type.Equals(expected))
        {
            return bound;
        }

        if (expected == ExprType.Number && bound.Type == ExprType.Integer)
        {
            return ToNumber(bound);
        }

        throw Error(syntax.Position, Messages.TypeMismatch(what, expected.Name, bound.Type.Name));
    }

    /// <summary>
    /// A method argument written without a lambda, Dynamic LINQ's way: <c>skills.Any(proficiency &gt;= 3)</c> or
    /// <c>skills.Any(it.proficiency &gt;= 3)</c> — the element is <c>it</c>, and its members are names on their own.
    /// </summary>
    public BoundExpression BindImplicitLambda(Syntax body, ExprType parameterType, out ParameterExpression parameter)
    {
        _implicitIt.Push(parameterType);
        try
        {
            return BindLambda(new LambdaSyntax(body.Position, "it", body), parameterType, out parameter);
        }
        finally
        {
            _implicitIt.Pop();
        }
    }

    private readonly Stack<ExprType> _implicitIt = new();

    // A name the expression defines itself (a lambda parameter, a parameter or output), which "Math" could be.
    private bool IsNamed(string name) => _lambdaParameters.ContainsKey(name) || environment.Locals.ContainsKey(name);

    private BoundExpression BindIndex(IndexSyntax index)
    {
        var target = Bind(index.Target);
        if (target.Type is not ListType list)
        {
            throw Error(index.Position, Messages.NotIndexable(target.Type.Name));
        }

        var position = BindAs(index.Index, ExprType.Integer, "an index");
        var element = typeof(ListRuntime).GetMethod(nameof(ListRuntime.ElementAt))!.MakeGenericMethod(list.Element.ClrType);
        return new BoundExpression(Expression.Call(element, target.Code, position.Code), list.Element);
    }

    public BoundExpression BindLambda(LambdaSyntax lambda, ExprType parameterType, out ParameterExpression parameter)
    {
        if (_lambdaParameters.ContainsKey(lambda.Parameter) || IsRoot(lambda.Parameter))
        {
            throw Error(lambda.Position, Messages.LambdaParameterShadows(lambda.Parameter));
        }

        if (_lambdaParameters.Count >= ExpressionLimits.MaxLambdaNesting)
        {
            throw Error(lambda.Position, Messages.LambdasTooDeep(ExpressionLimits.MaxLambdaNesting), Codes.ExpressionLimit);
        }

        parameter = Expression.Variable(parameterType.ClrType, lambda.Parameter);
        _lambdaParameters[lambda.Parameter] = parameter;
        _lambdaTypes[parameter] = parameterType;
        try
        {
            return Bind(lambda.Body);
        }
        finally
        {
            _lambdaParameters.Remove(lambda.Parameter);
        }
    }

    public static BoundExpression ToNumber(BoundExpression bound) =>
        bound.Type == ExprType.Integer ? new BoundExpression(Expression.Convert(bound.Code, typeof(decimal)), ExprType.Number) : bound;

    public static BindException Error(int position, string message, string code = Codes.ExpressionType) =>
        new(new ExpressionError(position, message, code));

    private static readonly string[] Roots = ["employee", "target", "position", "role", "targetRole", "band", "targetBand", "tables", "constants", "input"];

    private static bool IsRoot(string name) => Roots.Contains(name, StringComparer.OrdinalIgnoreCase);

    private static BoundExpression BindLiteral(LiteralSyntax literal) => literal.Value switch
    {
        long integer => new BoundExpression(Expression.Constant(integer), ExprType.Integer),
        decimal number => new BoundExpression(Expression.Constant(number), ExprType.Number),
        bool flag => new BoundExpression(Expression.Constant(flag), ExprType.Boolean),
        string text => new BoundExpression(Expression.Constant(text), ExprType.String),
        _ => throw new InvalidOperationException("Unknown literal"),
    };

    private BoundExpression BindIdentifier(IdentifierSyntax identifier)
    {
        string name = identifier.Name;
        if (_lambdaParameters.TryGetValue(name, out var parameter))
        {
            return new BoundExpression(parameter, _lambdaTypes[parameter]);
        }

        // Inside an implicit lambda a member of the element stands alone: proficiency means it.proficiency.
        if (_implicitIt.Count > 0 && _implicitIt.Peek() is ObjectType element && element.Find(name) is not null && _lambdaParameters.ContainsKey("it"))
        {
            return BindMember(new MemberSyntax(identifier.Position, new IdentifierSyntax(identifier.Position, "it"), name));
        }

        if (environment.Locals.TryGetValue(name, out var local))
        {
            return local;
        }

        if (environment.Sources is { } sources)
        {
            if (string.Equals(name, "constants", StringComparison.OrdinalIgnoreCase) && !sources.ContainsKey(name))
            {
                return new BoundExpression(Expression.Empty(), InputModel.ConstantsAtLoad(environment.Framework));
            }

            return sources.TryGetValue(name, out var source)
                ? new BoundExpression(Expression.Empty(), new SourceRowType(source))
                : throw Error(identifier.Position, IsRoot(name) ? Messages.DerivationRootNotAvailable
                    : Messages.UnknownName(name, Json.ObjectReader.Suggest(name, sources.Keys.Concat(environment.Locals.Keys))), Codes.UnknownName);
        }

        var scope = environment.Scope;
        if (environment.Parameters is { } parameters)
        {
            return parameters.TryGetValue(name, out var parameterType)
                ? new BoundExpression(scope, parameterType)
                : throw Error(identifier.Position, Messages.UnknownName(name, Json.ObjectReader.Suggest(name, parameters.Keys.Concat(environment.Locals.Keys).Concat(_lambdaParameters.Keys))), Codes.UnknownName);
        }

        var bound = name.ToUpperInvariant() switch
        {
            "EMPLOYEE" => new BoundExpression(scope, InputModel.EmployeeFor(environment.Framework)),
            "TARGET" => new BoundExpression(Expression.Field(scope, nameof(EvaluationScope.Target)), InputModel.Target),
            "POSITION" when environment.Position is not null => new BoundExpression(environment.Position, InputModel.Position),
            "ROLE" => new BoundExpression(Expression.Call(scope, nameof(EvaluationScope.RequireCurrentRole), null), InputModel.Role),
            "TARGETROLE" => new BoundExpression(Expression.Call(scope, nameof(EvaluationScope.RequireTargetRole), null), InputModel.Role),
            "BAND" when !environment.IsTableInput => new BoundExpression(Expression.Call(scope, nameof(EvaluationScope.CurrentBand), null), environment.Band ?? InputModel.Band),
            "TARGETBAND" when !environment.IsTableInput => new BoundExpression(Expression.Call(scope, nameof(EvaluationScope.TargetBand), null), environment.Band ?? InputModel.Band),
            "TABLES" when !environment.IsTableInput => new BoundExpression(Expression.Empty(), TablesType.Instance),
            "CONSTANTS" => new BoundExpression(scope, InputModel.ConstantsFor(environment.Framework)),
            "INPUT" when environment.Input is not null => new BoundExpression(scope, environment.Input),
            _ => null,
        };
        if (bound is not null)
        {
            return bound;
        }

        if (IsRoot(name))
        {
            throw Error(identifier.Position, Messages.RootNotAvailableHere(name), Codes.UnknownName);
        }

        var known = Roots.Where(r => (environment.IsTableInput ? r is not ("band" or "targetBand" or "tables") : r != "position") && (r != "input" || environment.Input is not null))
            .Concat(environment.Locals.Keys).Concat(_lambdaParameters.Keys);
        throw Error(identifier.Position, Messages.UnknownName(name, Json.ObjectReader.Suggest(name, known)), Codes.UnknownName);
    }

    private BoundExpression BindMember(MemberSyntax member)
    {
        var target = Bind(member.Target);
        switch (target.Type)
        {
            case TablesType:
                if (!environment.Tables.TryGetValue(member.Name, out var table))
                {
                    throw Error(member.Position, Messages.UnknownTable(member.Name, Json.ObjectReader.Suggest(member.Name, environment.Tables.Keys)), Codes.UnknownName);
                }

                return new BoundExpression(Expression.Empty(), new TableRefType(table));
            case TableRefType tableRef:
                return BindTableOutput(member, tableRef.Table);
            case SourceRowType row:
                return BindSourceColumn(member, row.Source);
            case ObjectType objectType:
                var found = objectType.Find(member.Name)
                    ?? throw Error(member.Position, Messages.UnknownMember(objectType.Name, member.Name, Json.ObjectReader.Suggest(member.Name, objectType.MemberNames)), Codes.UnknownName);
                if (found.Refusal is not null)
                {
                    throw Error(member.Position, found.Refusal, Codes.ExpressionType);
                }

                (objectType.Name switch { "constants" => environment.ConstantReads, "input" => environment.InputReads, _ => null })?.Add(found.Name);

                return new BoundExpression(found.Read(target.Code), found.Type);
            case var text when text == ExprType.String && string.Equals(member.Name, "Length", StringComparison.Ordinal):
                return new BoundExpression(Expression.Convert(Expression.Property(target.Code, nameof(string.Length)), typeof(long)), ExprType.Integer);
            default:
                throw Error(member.Position, Messages.NoMembers(target.Type.Name, member.Name), Codes.UnknownName);
        }
    }

    private BoundExpression BindTableOutput(MemberSyntax member, TableSignature table)
    {
        var scope = environment.Scope;
        var number = Expression.Constant(table.Number);
        bool collect = table.Policy == Tables.HitPolicy.Collect;
        if (string.Equals(member.Name, "matched", StringComparison.OrdinalIgnoreCase))
        {
            return new BoundExpression(Expression.Call(scope, collect ? nameof(EvaluationScope.AnyCollected) : nameof(EvaluationScope.Matched), null, number), ExprType.Boolean);
        }

        int column = -1;
        for (int i = 0; i < table.Outputs.Count; i++)
        {
            if (string.Equals(table.Outputs[i].Name, member.Name, StringComparison.OrdinalIgnoreCase))
            {
                column = i;
            }
        }

        if (column < 0)
        {
            var names = table.Outputs.Select(o => o.Name).Append("matched");
            throw Error(member.Position, Messages.UnknownTableOutput(table.Name, member.Name, Json.ObjectReader.Suggest(member.Name, names)), Codes.UnknownName);
        }

        var output = table.Outputs[column];
        if (collect)
        {
            var call = Expression.Call(scope, nameof(EvaluationScope.CollectedOutputs), [output.Type.ClrType], number, Expression.Constant(column));
            return new BoundExpression(call, new ListType(output.Type));
        }

        var stored = Expression.Call(scope, nameof(EvaluationScope.Output), null, number, Expression.Constant(column));
        var typed = output.Type.ClrType.IsValueType ? Expression.Unbox(stored, output.Type.ClrType) : (Expression)Expression.Convert(stored, output.Type.ClrType);
        return new BoundExpression(typed, output.Type);
    }

    private BoundExpression BindSourceColumn(MemberSyntax member, DerivationSource source)
    {
        int column = -1;
        for (int i = 0; i < source.Columns.Count; i++)
        {
            if (string.Equals(source.Columns[i].Name, member.Name, StringComparison.OrdinalIgnoreCase))
            {
                column = i;
            }
        }

        if (column < 0)
        {
            throw Error(member.Position, Messages.UnknownTableOutput(source.Table.Name, member.Name, Json.ObjectReader.Suggest(member.Name, source.Columns.Select(c => c.Name))), Codes.UnknownName);
        }

        var type = source.Columns[column].Type;
        var read = Expression.Call(environment.Frame!, nameof(DerivationFrame.Read), null,
            Expression.Constant(source.Index), Expression.Constant(column), Expression.Constant(source.Alias + "." + source.Columns[column].Name));
        return new BoundExpression(type.ClrType.IsValueType ? Expression.Unbox(read, type.ClrType) : Expression.Convert(read, type.ClrType), type);
    }

    private BoundExpression BindUnary(UnarySyntax unary)
    {
        var operand = Bind(unary.Operand);
        if (unary.Operator == "!")
        {
            RequireValue(operand, unary.Operand.Position);
            if (operand.Type != ExprType.Boolean)
            {
                throw Error(unary.Operand.Position, Messages.TypeMismatch("the operand of NOT", "bool", operand.Type.Name));
            }

            return new BoundExpression(Expression.Not(operand.Code), ExprType.Boolean);
        }

        if (operand.Type == ExprType.Integer)
        {
            return new BoundExpression(Expression.NegateChecked(operand.Code), ExprType.Integer);
        }

        if (operand.Type == ExprType.Number)
        {
            return new BoundExpression(Expression.Negate(operand.Code), ExprType.Number);
        }

        if (operand.Type == ExprType.Money)
        {
            return new BoundExpression(Expression.Multiply(operand.Code, Expression.Constant(-1m)), ExprType.Money);
        }

        throw Error(unary.Operand.Position, Messages.TypeMismatch("the operand of unary minus", "a number or money", operand.Type.Name));
    }

    private BoundExpression BindBinary(BinarySyntax binary)
    {
        var left = Bind(binary.Left);
        var right = Bind(binary.Right);
        RequireValue(left, binary.Left.Position);
        RequireValue(right, binary.Right.Position);
        return binary.Operator switch
        {
            "&&" or "||" => BindLogical(binary, left, right),
            "==" or "!=" => BindEquality(binary, left, right),
            "<" or "<=" or ">" or ">=" => BindComparison(binary, left, right),
            "in" => BindIn(binary, left, right),
            _ => Arithmetic.Bind(binary, left, right),
        };
    }

    private static BoundExpression BindLogical(BinarySyntax binary, BoundExpression left, BoundExpression right)
    {
        string op = binary.Operator == "&&" ? "AND" : "OR";
        if (left.Type != ExprType.Boolean)
        {
            throw Error(binary.Left.Position, Messages.TypeMismatch("the left side of " + op, "bool", left.Type.Name));
        }

        if (right.Type != ExprType.Boolean)
        {
            throw Error(binary.Right.Position, Messages.TypeMismatch("the right side of " + op, "bool", right.Type.Name));
        }

        return new BoundExpression(binary.Operator == "&&" ? Expression.AndAlso(left.Code, right.Code) : Expression.OrElse(left.Code, right.Code), ExprType.Boolean);
    }

    private static BoundExpression BindEquality(BinarySyntax binary, BoundExpression left, BoundExpression right)
    {
        (left, right) = Unify(binary, left, right);
        if (left.Type is ListType or ObjectType)
        {
            throw Error(binary.Position, Messages.CannotCompare(left.Type.Name, right.Type.Name));
        }

        var code = binary.Operator == "==" ? Expression.Equal(left.Code, right.Code) : Expression.NotEqual(left.Code, right.Code);
        return new BoundExpression(code, ExprType.Boolean);
    }

    private static BoundExpression BindComparison(BinarySyntax binary, BoundExpression left, BoundExpression right)
    {
        (left, right) = Unify(binary, left, right);
        if (!left.Type.IsNumeric && left.Type != ExprType.Money)
        {
            throw Error(binary.Position, Messages.CannotOrder(left.Type.Name));
        }

        Expression code = binary.Operator switch
        {
            "<" => Expression.LessThan(left.Code, right.Code),
            "<=" => Expression.LessThanOrEqual(left.Code, right.Code),
            ">" => Expression.GreaterThan(left.Code, right.Code),
            _ => Expression.GreaterThanOrEqual(left.Code, right.Code),
        };
        return new BoundExpression(code, ExprType.Boolean);
    }

    private static BoundExpression BindIn(BinarySyntax binary, BoundExpression left, BoundExpression right)
    {
        if (right.Type is not ListType list)
        {
            throw Error(binary.Right.Position, Messages.TypeMismatch("the right side of 'in'", "a list", right.Type.Name));
        }

        if (list.Element == ExprType.Number && left.Type == ExprType.Integer)
        {
            left = ToNumber(left);
        }

        if (!list.Element.Equals(left.Type) || list.Element is ObjectType)
        {
            throw Error(binary.Left.Position, Messages.TypeMismatch("the left side of 'in'", list.Element.Name, left.Type.Name));
        }

        var contains = typeof(Runtime).GetMethod(nameof(Runtime.Contains))!.MakeGenericMethod(left.Type.ClrType);
        return new BoundExpression(Expression.Call(contains, right.Code, left.Code), ExprType.Boolean);
    }

    /// <summary>Brings two operands to one type: integer widens to number; anything else must already agree.</summary>
    public static (BoundExpression Left, BoundExpression Right) Unify(BinarySyntax binary, BoundExpression left, BoundExpression right)
    {
        if (left.Type.IsNumeric && right.Type.IsNumeric && left.Type != right.Type)
        {
            return (ToNumber(left), ToNumber(right));
        }

        if (!left.Type.Equals(right.Type))
        {
            throw Error(binary.Position, Messages.OperandTypes(binary.Operator, left.Type.Name, right.Type.Name));
        }

        return (left, right);
    }

    private BoundExpression BindConditional(ConditionalSyntax conditional)
    {
        var condition = BindAs(conditional.Condition, ExprType.Boolean, "the condition");
        var whenTrue = Bind(conditional.WhenTrue);
        var whenFalse = Bind(conditional.WhenFalse);
        RequireValue(whenTrue, conditional.WhenTrue.Position);
        RequireValue(whenFalse, conditional.WhenFalse.Position);
        if (whenTrue.Type.IsNumeric && whenFalse.Type.IsNumeric && whenTrue.Type != whenFalse.Type)
        {
            (whenTrue, whenFalse) = (ToNumber(whenTrue), ToNumber(whenFalse));
        }

        if (!whenTrue.Type.Equals(whenFalse.Type))
        {
            throw Error(conditional.WhenFalse.Position, Messages.BranchTypes(whenTrue.Type.Name, whenFalse.Type.Name));
        }

        return new BoundExpression(Expression.Condition(condition.Code, whenTrue.Code, whenFalse.Code), whenTrue.Type);
    }

    private BoundExpression BindList(ListSyntax list)
    {
        if (list.Items.Count == 0)
        {
            throw Error(list.Position, Messages.EmptyListLiteral);
        }

        var items = list.Items.Select(Bind).ToList();
        for (int i = 0; i < items.Count; i++)
        {
            RequireValue(items[i], list.Items[i].Position);
        }

        var elementType = items.Any(i => i.Type == ExprType.Number) && items.All(i => i.Type.IsNumeric) ? ExprType.Number : items[0].Type;
        for (int i = 0; i < items.Count; i++)
        {
            if (elementType == ExprType.Number && items[i].Type == ExprType.Integer)
            {
                items[i] = ToNumber(items[i]);
            }

            if (!items[i].Type.Equals(elementType) || elementType is ListType or ObjectType)
            {
                throw Error(list.Items[i].Position, Messages.ListItemType(elementType.Name, items[i].Type.Name));
            }
        }

        // A list of literals is built once at compile time, not on every evaluation.
        if (items.All(i => i.Code is ConstantExpression || i.Code is UnaryExpression { Operand: ConstantExpression }))
        {
            var array = Array.CreateInstance(elementType.ClrType, items.Count);
            for (int i = 0; i < items.Count; i++)
            {
                array.SetValue(Expression.Lambda(items[i].Code).Compile().DynamicInvoke(), i);
            }

            return new BoundExpression(Expression.Constant(array), new ListType(elementType));
        }

        return new BoundExpression(Expression.NewArrayInit(elementType.ClrType, items.Select(i => i.Code)), new ListType(elementType));
    }

    /// <summary>Tables and the <c>tables</c> root are names, not values: they must be followed by an output.</summary>
    public static void RequireValue(BoundExpression bound, int position)
    {
        if (bound.Type is TablesType or TableRefType or SourceRowType)
        {
            throw Error(position, Messages.TableNotAValue);
        }
    }
}

/// <summary>The type of the <c>tables</c> root: only member access is allowed on it.</summary>
internal sealed class TablesType : ExprType
{
    public static readonly TablesType Instance = new();

    public override string Name => "tables";

    public override Type ClrType => typeof(void);
}

/// <summary>The type of a derivation source (<c>base</c>, <c>zone</c>): only its columns can be read.</summary>
internal sealed class SourceRowType(DerivationSource source) : ExprType
{
    public DerivationSource Source { get; } = source;

    public override string Name => "row of " + Source.Table.Name;

    public override Type ClrType => typeof(void);
}

/// <summary>The type of <c>tables.name</c>: only <c>.matched</c> and its outputs are allowed on it.</summary>
internal sealed class TableRefType(TableSignature table) : ExprType
{
    public TableSignature Table { get; } = table;

    public override string Name => "table " + Table.Name;

    public override Type ClrType => typeof(void);
}
