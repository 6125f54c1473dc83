namespace JobFramework.Comp.Evaluation;

/// <summary>Either a value or the input errors that prevented it (each naming its field).</summary>
public sealed record EvaluationResult<T>(T? Value, IReadOnlyList<InputError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static EvaluationResult<T> Ok(T value) => new(value, []);

    public static EvaluationResult<T> Fail(IReadOnlyList<InputError> errors) => new(default, errors);

    public static EvaluationResult<T> Fail(string field, string message) => new(default, [new InputError(field, message)]);
}
