using System.Linq.Expressions;

namespace JobFramework.Comp.Expressions;

/// <summary>
/// The static type of an expression. Rule authors see five scalar types (bool, integer, number, string,
/// money), lists and the fixed object types of the input model. Integers compile to <c>long</c> and widen
/// to <c>number</c> (decimal) when mixed, so criteria such as <c>rating &gt;= 3</c> cost an integer compare.
/// </summary>
internal abstract class ExprType
{
    public static readonly ExprType Boolean = new ScalarType("bool", typeof(bool));
    public static readonly ExprType Integer = new ScalarType("integer", typeof(long));
    public static readonly ExprType Number = new ScalarType("number", typeof(decimal));
    public static readonly ExprType String = new ScalarType("string", typeof(string));
    public static readonly ExprType Money = new ScalarType("money", typeof(Monetary.Money));

    public abstract string Name { get; }

    public abstract Type ClrType { get; }

    public bool IsNumeric => this == Integer || this == Number;

    public override string ToString() => Name;

    private sealed class ScalarType(string name, Type clrType) : ExprType
    {
        public override string Name => name;

        public override Type ClrType => clrType;
    }
}

/// <summary>A list of one element type, compiled as an array.</summary>
internal sealed class ListType : ExprType
{
    public ListType(ExprType element)
    {
        Element = element;
        ClrType = element.ClrType.MakeArrayType();
    }

    public ExprType Element { get; }

    public override string Name => "list of " + Element.Name;

    public override Type ClrType { get; }

    public override bool Equals(object? obj) => obj is ListType other && other.Element.Equals(Element);

    public override int GetHashCode() => HashCode.Combine("list", Element);
}

/// <summary>
/// An object of the input model with a fixed, whitelisted set of members. Each member says how to read it
/// from compiled code; nothing else of the CLR type is reachable, which is what makes the language safe.
/// </summary>
internal sealed class ObjectType(string name, Type clrType) : ExprType
{
    private readonly Dictionary<string, ObjectMember> _members = new(StringComparer.OrdinalIgnoreCase);

    public override string Name => name;

    public override Type ClrType => clrType;

    public IEnumerable<string> MemberNames => _members.Values.Select(m => m.Name);

    public ObjectType Add(string memberName, ExprType type, Func<Expression, Expression> read, string? refusal = null)
    {
        _members.Add(memberName, new ObjectMember(memberName, type, read, refusal));
        return this;
    }

    /// <summary>A copy under the same name, to extend with more members.</summary>
    public ObjectType Copy()
    {
        var copy = new ObjectType(name, clrType);
        foreach (var member in _members.Values)
        {
            copy._members.Add(member.Name, member);
        }

        return copy;
    }

    public ObjectType AddProperty(string memberName, ExprType type, string clrName) =>
        Add(memberName, type, target => Widen(Expression.PropertyOrField(target, clrName), type));

    public ObjectMember? Find(string memberName) => _members.GetValueOrDefault(memberName);

    // int fields read as integer (long) so integer arithmetic has one representation.
    private static Expression Widen(Expression value, ExprType type) =>
        type == Integer && value.Type == typeof(int) ? Expression.Convert(value, typeof(long)) : value;
}

/// <summary>A member of an object type; one with a <see cref="Refusal"/> is known but may not be read (a protected attribute).</summary>
internal sealed record ObjectMember(string Name, ExprType Type, Func<Expression, Expression> Read, string? Refusal = null);
