using JobFramework.Comp.Expressions;
using JobFramework.Comp.Model;

namespace JobFramework.Comp.Interop;

/// <summary>
/// A RulesEngine workflow's flat parameters as the typed compiler sees them: each parameter an object whose fields
/// are read from fixed slots, as a workflow's declared inputs are (<c>input1.country</c> is one string slot). Built
/// only for parameters the typed compiler can take with RulesEngine's meaning (<see cref="NativeReasons"/>).
/// </summary>
internal sealed class NativeParameters
{
    private readonly (int Parameter, int Field, DeclaredAttribute Attribute)[] _reads;

    private NativeParameters(IReadOnlyList<DeclaredAttribute> fields, IReadOnlyDictionary<string, ObjectType> types, (int, int, DeclaredAttribute)[] reads)
    {
        Fields = fields;
        Types = types;
        _reads = reads;
    }

    /// <summary>Every field of every parameter, slotted as attributes are.</summary>
    public IReadOnlyList<DeclaredAttribute> Fields { get; }

    /// <summary>Each parameter's type, by name: the roots its rules read.</summary>
    public IReadOnlyDictionary<string, ObjectType> Types { get; }

    public static NativeParameters Of(IReadOnlyList<(string Name, ParameterShape Shape)> parameters)
    {
        var fields = new List<DeclaredAttribute>();
        var reads = new List<(int, int, DeclaredAttribute)>();
        var types = new Dictionary<string, ObjectType>(StringComparer.OrdinalIgnoreCase);
        var kindSlots = new int[5];
        for (int p = 0; p < parameters.Count; p++)
        {
            var (name, shape) = parameters[p];
            var own = new List<DeclaredAttribute>();
            for (int f = 0; f < shape.Fields.Count; f++)
            {
                var (fieldName, field) = shape.Fields[f];
                var kind = field.Kind switch
                {
                    ShapeKind.Integer => AttributeKind.Integer,
                    ShapeKind.String => AttributeKind.String,
                    ShapeKind.Boolean => AttributeKind.Boolean,
                    ShapeKind.List => AttributeKind.StringList,
                    _ => throw new InvalidOperationException($"{name}.{fieldName} is not a field the typed compiler takes"),
                };
                var attribute = new DeclaredAttribute(fieldName, kind, fields.Count, kindSlots[AttributeValues.StorageOf(kind)]++, Required: true);
                fields.Add(attribute);
                own.Add(attribute);
                reads.Add((p, f, attribute));
            }

            types[name] = InputModel.InputsFor(own, name);
        }

        return new NativeParameters(fields, types, [.. reads]);
    }

    /// <summary>The values read by <see cref="ParameterValues"/> (each parameter's field values), in the slots the compiled rules read.</summary>
    public AttributeValues Values(object?[][] parameters)
    {
        var values = new object?[Fields.Count];
        foreach (var (parameter, field, attribute) in _reads)
        {
            var value = parameters[parameter][field];
            values[attribute.Slot] = value is object?[] list ? Array.ConvertAll(list, item => (string)item!) : value;
        }

        return new AttributeValues(values, Fields);
    }
}
