namespace JobFramework.Comp.Model;

/// <summary>
/// One employee's values of the release's declared attributes, by slot: long (integer and date as YYYYMMDD),
/// decimal (number and money amounts), string, bool or string[] — null where absent with no default. Immutable
/// once read; compiled rules index it directly.
/// </summary>
public sealed class AttributeValues
{
    private readonly object?[] _values;

    public AttributeValues(object?[] values, IReadOnlyList<DeclaredAttribute> declared)
    {
        _values = values;
        Declared = declared;
    }

    public static AttributeValues None { get; } = new([], []);

    /// <summary>The declarations the values follow, in slot order (what the audit record writes them with).</summary>
    public IReadOnlyList<DeclaredAttribute> Declared { get; }

    public int Count => _values.Length;

    /// <summary>Values as read, completed: defaults filled in, a missing required attribute an error naming it.</summary>
    public static AttributeValues Complete(object?[] read, IReadOnlyList<DeclaredAttribute> attributes, List<Evaluation.InputError> errors)
    {
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
        }

        return new AttributeValues(read, attributes);
    }

    public object? this[int slot] => slot < _values.Length ? _values[slot] : null;

    // Readers for compiled rules: the loader only binds a slot to the reader of its declared type, and a value is
    // present whenever rules can read it (required, or defaulted).
    public long Integer(int slot) => (long)_values[slot]!;

    public decimal Number(int slot) => (decimal)_values[slot]!;

    public string String(int slot) => (string)_values[slot]!;

    public bool Boolean(int slot) => (bool)_values[slot]!;

    public string[] Strings(int slot) => (string[])_values[slot]!;
}
