using System.Linq.Dynamic.Core;

namespace JobFramework.Comp.Interop;

internal enum ShapeKind
{
    String,
    Integer,
    Number,
    Boolean,
    Object,
    List,
}

/// <summary>
/// The declared type of one RulesEngine input (a <c>RuleParameter</c>) or of a value inside it, read from the JSON
/// Schema the workflow declares. Each shape has the CLR type RulesEngine compiles against — integers are
/// <c>long</c>, numbers <c>double</c> (RulesEngine's own reading of JSON), optional scalars nullable, objects a
/// generated class, lists a <see cref="MeteredList{T}"/> — so a workflow compiles once, at load, for its declared
/// types, whatever values a caller later sends.
/// </summary>
internal sealed class ParameterShape
{
    private ParameterShape(ShapeKind kind, bool required, Type clrType)
    {
        Kind = kind;
        Required = required;
        ClrType = clrType;
    }

    public ShapeKind Kind { get; }

    /// <summary>For a field of an object: whether it must be present. A parameter itself is always required.</summary>
    public bool Required { get; }

    public Type ClrType { get; }

    /// <summary>An object's fields, in the order the schema declares them.</summary>
    public IReadOnlyList<(string Name, ParameterShape Shape)> Fields { get; private init; } = [];

    /// <summary>A list's element.</summary>
    public ParameterShape? Element { get; private init; }

    /// <summary>The most items a list may hold (the schema's <c>maxItems</c>, at most <see cref="ParameterLimits.MaxItems"/>).</summary>
    public int MaxItems { get; private init; } = ParameterLimits.MaxItems;

    /// <summary>The longest text a string may hold (the schema's <c>maxLength</c>, at most <see cref="ParameterLimits.MaxTextLength"/>).</summary>
    public int MaxLength { get; private init; } = ParameterLimits.MaxTextLength;

    /// <summary>A number's inclusive bounds (<c>minimum</c>/<c>maximum</c>, or a declared field's <c>Min</c>/<c>Max</c>).</summary>
    public double? Minimum { get; private init; }

    public double? Maximum { get; private init; }

    /// <summary>The values a string may take (<c>enum</c>, or a declared field's <c>Values</c>).</summary>
    public IReadOnlyList<string>? Allowed { get; private init; }

    /// <summary>The value an absent optional field takes (<c>default</c>, or a declared field's <c>Default</c>): a long, double, string or bool.</summary>
    public object? Default { get; private init; }

    /// <summary>True when the field always has a value: required, or defaulted.</summary>
    public bool AlwaysPresent => Required || Default is not null;

    public static ParameterShape Scalar(
        ShapeKind kind, bool required, int maxLength = ParameterLimits.MaxTextLength, double? minimum = null, double? maximum = null, IReadOnlyList<string>? allowed = null, object? defaultValue = null)
    {
        // A defaulted field always has a value, so RulesEngine sees it as a plain value type, as it would a required one.
        bool present = required || defaultValue is not null;
        return new(kind, required, kind switch
        {
            ShapeKind.String => typeof(string),
            ShapeKind.Integer => present ? typeof(long) : typeof(long?),
            ShapeKind.Number => present ? typeof(double) : typeof(double?),
            ShapeKind.Boolean => present ? typeof(bool) : typeof(bool?),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        })
        { MaxLength = maxLength, Minimum = minimum, Maximum = maximum, Allowed = allowed, Default = defaultValue };
    }

    public static ParameterShape Object(bool required, IReadOnlyList<(string Name, ParameterShape Shape)> fields)
    {
        // The same generated class for the same fields: Dynamic LINQ's factory caches by signature.
        var type = DynamicClassFactory.CreateType([.. fields.Select(f => new DynamicProperty(f.Name, f.Shape.ClrType))], createParameterCtor: false);
        return new ParameterShape(ShapeKind.Object, required, type) { Fields = fields };
    }

    public static ParameterShape List(bool required, ParameterShape element, int maxItems) =>
        new(ShapeKind.List, required, typeof(MeteredList<>).MakeGenericType(element.ClrType)) { Element = element, MaxItems = maxItems };

    /// <summary>Every field name anywhere in this shape: the only members a RulesEngine expression may read of it.</summary>
    public IEnumerable<string> FieldNames() =>
        Fields.SelectMany(f => f.Shape.FieldNames().Prepend(f.Name)).Concat(Element?.FieldNames() ?? []);

    /// <summary>True when the shape is an object of scalars and lists of strings: what the typed compiler can take.</summary>
    public bool IsFlat => Kind == ShapeKind.Object
        && Fields.All(f => f.Shape.Kind is not (ShapeKind.Object or ShapeKind.List) || f.Shape is { Kind: ShapeKind.List, Element.Kind: ShapeKind.String });
}

/// <summary>The size budget of the values a caller passes to a RulesEngine workflow.</summary>
internal static class ParameterLimits
{
    /// <summary>Items in one list. Three nested lambdas over lists this long stay within the step budget below.</summary>
    public const int MaxItems = 1000;

    /// <summary>Values in one call, over every parameter, nested ones counted.</summary>
    public const int MaxValues = 20_000;

    public const int MaxTextLength = 10_000;

    /// <summary>List elements visited in one evaluation, over every rule: a rule looping beyond this is stopped with an error.</summary>
    public const long MaxSteps = 1_000_000;

    /// <summary>Objects inside objects.</summary>
    public const int MaxDepth = 8;
}
