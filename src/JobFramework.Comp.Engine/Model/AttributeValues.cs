namespace JobFramework.Comp.Model;

/// <summary>
/// One employee's values of the release's declared attributes, by slot: long (integer and date as YYYYMMDD),
/// decimal (number and money amounts), string, bool or string[] — null where absent with no default — and the
/// same values in typed arrays that compiled rules index directly. Immutable once read.
/// </summary>
public sealed class AttributeValues
{
    // Typed copies for compiled rules: one array per storage kind, indexed by DeclaredAttribute.KindSlot, so a
    // rule reads an attribute as an array element — no unboxing, no call. Absent values (readable by no rule) are
    // the type's default here; the object slots keep null for the audit record.
    internal readonly long[] Integers;
    internal readonly decimal[] Numbers;
    internal readonly string[] Texts;
    internal readonly bool[] Flags;
    internal readonly string[][] Lists;

    private readonly object?[] _values;

    public AttributeValues(object?[] values, IReadOnlyList<DeclaredAttribute> declared)
    {
        _values = values;
        Declared = declared;
        // Kinds the release does not use share the empty array: fewer objects per employee, less memory to walk.
        Integers = CountOf(declared, 0) is > 0 and var integers ? new long[integers] : [];
        Numbers = CountOf(declared, 1) is > 0 and var numbers ? new decimal[numbers] : [];
        Texts = CountOf(declared, 2) is > 0 and var texts ? new string[texts] : [];
        Flags = CountOf(declared, 3) is > 0 and var flags ? new bool[flags] : [];
        Lists = CountOf(declared, 4) is > 0 and var lists ? new string[lists][] : [];
        foreach (var attribute in declared)
        {
            object? value = attribute.Slot < values.Length ? values[attribute.Slot] : null;
            switch (StorageOf(attribute.Kind))
            {
                case 0: Integers[attribute.KindSlot] = value as long? ?? 0; break;
                case 1: Numbers[attribute.KindSlot] = value as decimal? ?? 0m; break;
                case 2: Texts[attribute.KindSlot] = value as string ?? ""; break;
                case 3: Flags[attribute.KindSlot] = value as bool? ?? false; break;
                default: Lists[attribute.KindSlot] = value as string[] ?? []; break;
            }
        }
    }

    /// <summary>Which typed array a kind is kept in: 0 whole numbers (integer, date), 1 decimals (number, money), 2 strings, 3 booleans, 4 lists.</summary>
    public static int StorageOf(AttributeKind kind) => kind switch
    {
        AttributeKind.Integer or AttributeKind.Date => 0,
        AttributeKind.Number or AttributeKind.Money => 1,
        AttributeKind.String => 2,
        AttributeKind.Boolean => 3,
        _ => 4,
    };

    private static int CountOf(IReadOnlyList<DeclaredAttribute> declared, int storage) => declared.Count(a => StorageOf(a.Kind) == storage);

    public static AttributeValues None { get; } = new([], []);

    /// <summary>The declarations the values follow, in slot order (what the audit record writes them with).</summary>
    public IReadOnlyList<DeclaredAttribute> Declared { get; }

    public int Count => _values.Length;

    /// <summary>Values as read, completed: defaults filled in, a missing required attribute an error naming it.</summary>
    public static AttributeValues Complete(object?[] read, IReadOnlyList<DeclaredAttribute> attributes, List<Evaluation.InputError> errors)
    {
        bool allDefaults = true;
        foreach (var attribute in attributes)
        {
            if (read[attribute.Slot] is null)
            {
                if (attribute.Required)
                {
                    errors.Add(new Evaluation.InputError(attribute.Name, Diagnostics.Messages.FieldRequired(attribute.Name)));
                }

                read[attribute.Slot] = attribute.Default;
            }
            else
            {
                allDefaults = false;
            }
        }

        return allDefaults ? DefaultsOf(attributes) : new AttributeValues(read, attributes);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<DeclaredAttribute>, AttributeValues> Defaults = [];

    /// <summary>
    /// Every attribute at its default, one shared instance per release: a roster that leaves a release's attributes
    /// out (a release declaring attributes its rules do not read yet) costs no memory per employee.
    /// </summary>
    public static AttributeValues DefaultsOf(IReadOnlyList<DeclaredAttribute> attributes) =>
        attributes.Count == 0 ? None : Defaults.GetValue(attributes, declared => new AttributeValues([.. declared.Select(a => a.Default)], declared));

    public object? this[int slot] => slot < _values.Length ? _values[slot] : null;

}
