using JobFramework.Comp.Diagnostics;

namespace JobFramework.Comp.Json;

/// <summary>
/// Reads the properties of one JSON object with type checks, reporting every problem as a diagnostic
/// with its position. Call <see cref="Finish"/> last: any property nobody asked for is reported as
/// unknown (with a suggestion), because a misspelt field silently ignored is a rule silently ignored.
/// </summary>
internal sealed class ObjectReader
{
    private readonly SourceObject _object;
    private readonly DiagnosticBag _diagnostics;
    private readonly StringComparison _nameComparison;
    private readonly HashSet<string> _known;

    public ObjectReader(SourceObject value, DiagnosticBag diagnostics, bool caseInsensitive = false)
    {
        _object = value;
        _diagnostics = diagnostics;
        _nameComparison = caseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        _known = new HashSet<string>(caseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal) { "$schema" };
        var seen = new HashSet<string>(caseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var property in value.Properties)
        {
            if (!seen.Add(property.Name))
            {
                diagnostics.Error(Codes.DuplicateProperty, Messages.DuplicateProperty(property.Name), property.NameSpan);
            }
        }
    }

    public SourceSpan Span => _object.Span;

    /// <summary>The object as read, for a reader that hands it on whole (a RulesEngine workflow to RulesEngine).</summary>
    public SourceObject Source => _object;

    /// <summary>Every property, for objects keyed by the author's names (each counts as known).</summary>
    public IReadOnlyList<SourceProperty> Properties
    {
        get
        {
            foreach (var property in _object.Properties)
            {
                _known.Add(property.Name);
            }

            return _object.Properties;
        }
    }

    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>Reads an object from a value, or reports that it is not one.</summary>
    public static ObjectReader? From(SourceValue? value, DiagnosticBag diagnostics, string what, bool caseInsensitive = false)
    {
        if (value is SourceObject obj)
        {
            return new ObjectReader(obj, diagnostics, caseInsensitive);
        }

        if (value is not null)
        {
            diagnostics.Error(Codes.WrongType, Messages.WrongType(what, "an object", value.Describe()), value.Span);
        }

        return null;
    }

    /// <summary>The object's property names, in file order (for maps whose keys are data).</summary>
    public IReadOnlyList<string> Names => [.. _object.Properties.Select(p => p.Name)];

    public SourceValue? Get(string name)
    {
        _known.Add(name);
        foreach (var property in _object.Properties)
        {
            if (string.Equals(property.Name, name, _nameComparison))
            {
                return property.Value;
            }
        }

        return null;
    }

    public SourceString? String(string name, bool required)
    {
        var value = Get(name);
        if (value is SourceString s)
        {
            return s;
        }

        ReportMissingOrWrong(name, value, required, "a string");
        return null;
    }

    /// <summary>A string that must not be empty or blank, such as an id.</summary>
    public SourceString? Identifier(string name, bool required = true)
    {
        var value = String(name, required);
        if (value is not null && string.IsNullOrWhiteSpace(value.Value))
        {
            _diagnostics.Error(Codes.EmptyValue, Messages.EmptyValue(name), value.Span);
            return null;
        }

        return value;
    }

    public SourceNumber? Number(string name, bool required)
    {
        var value = Get(name);
        if (value is SourceNumber n)
        {
            return n;
        }

        ReportMissingOrWrong(name, value, required, "a number");
        return null;
    }

    public int? Int(string name, bool required, int min = int.MinValue, int max = int.MaxValue)
    {
        var number = Number(name, required);
        if (number is null)
        {
            return null;
        }

        if (!number.TryGetInt32(out int value))
        {
            _diagnostics.Error(Codes.WrongType, Messages.WrongType(name, "a whole number", number.Raw), number.Span);
            return null;
        }

        if (value < min || value > max)
        {
            _diagnostics.Error(Codes.OutOfRange, Messages.OutOfRange(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture), min, max), number.Span);
            return null;
        }

        return value;
    }

    public decimal? Decimal(string name, bool required)
    {
        var number = Number(name, required);
        if (number is null)
        {
            return null;
        }

        if (!number.TryGetDecimal(out decimal value))
        {
            _diagnostics.Error(Codes.OutOfRange, Messages.NumberTooLarge(name, number.Raw), number.Span);
            return null;
        }

        return value;
    }

    public bool? Bool(string name, bool required)
    {
        var value = Get(name);
        if (value is SourceBoolean b)
        {
            return b.Value;
        }

        ReportMissingOrWrong(name, value, required, "true or false");
        return null;
    }

    public SourceArray? Array(string name, bool required)
    {
        var value = Get(name);
        if (value is SourceArray a)
        {
            return a;
        }

        ReportMissingOrWrong(name, value, required, "an array");
        return null;
    }

    public ObjectReader? Object(string name, bool required, bool caseInsensitive = false)
    {
        var value = Get(name);
        if (value is SourceObject o)
        {
            return new ObjectReader(o, _diagnostics, caseInsensitive);
        }

        ReportMissingOrWrong(name, value, required, "an object");
        return null;
    }

    /// <summary>A list of strings, each reported separately when it is not a string.</summary>
    public IReadOnlyList<SourceString> Strings(string name, bool required)
    {
        var array = Array(name, required);
        if (array is null)
        {
            return [];
        }

        var result = new List<SourceString>(array.Items.Count);
        foreach (var item in array.Items)
        {
            if (item is SourceString s)
            {
                result.Add(s);
            }
            else
            {
                _diagnostics.Error(Codes.WrongType, Messages.WrongType(name + " item", "a string", item.Describe()), item.Span);
            }
        }

        return result;
    }

    /// <summary>Reports each property that no Get call asked for, suggesting the nearest known name.</summary>
    public void Finish()
    {
        foreach (var property in _object.Properties)
        {
            if (!_known.Contains(property.Name))
            {
                string? suggestion = Suggest(property.Name, _known);
                _diagnostics.Error(Codes.UnknownProperty, Messages.UnknownProperty(property.Name, suggestion), property.NameSpan);
            }
        }
    }

    private void ReportMissingOrWrong(string name, SourceValue? value, bool required, string expected)
    {
        if (value is null || value is SourceNull && !required)
        {
            if (required)
            {
                _diagnostics.Error(Codes.MissingProperty, Messages.MissingProperty(name), _object.Span);
            }

            return;
        }

        _diagnostics.Error(Codes.WrongType, Messages.WrongType(name, expected, value.Describe()), value.Span);
    }

    internal static string? Suggest(string name, IEnumerable<string> candidates) =>
        Spelling.Suggest(name, candidates.Where(c => c != "$schema"));
}
