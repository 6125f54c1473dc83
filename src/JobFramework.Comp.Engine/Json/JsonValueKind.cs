namespace JobFramework.Comp.Json;

internal enum SourceValueKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
