namespace JobFramework.Comp.Diagnostics;

/// <summary>
/// Stable diagnostic codes. JF1xxx: JSON shape; JF2xxx: expressions; JF3xxx: release consistency;
/// JF4xxx: evaluation input. Documented in docs/diagnostics.md; never renumbered.
/// </summary>
public static class Codes
{
    public const string JsonSyntax = "JF1001";
    public const string DuplicateProperty = "JF1002";
    public const string WrongType = "JF1003";
    public const string MissingProperty = "JF1004";
    public const string UnknownProperty = "JF1005";
    public const string EmptyValue = "JF1006";
    public const string OutOfRange = "JF1007";

    public const string ExpressionSyntax = "JF2001";
    public const string ExpressionType = "JF2002";
    public const string UnknownName = "JF2003";
    public const string ExpressionLimit = "JF2004";
    public const string UnknownReference = "JF2005";

    public const string DuplicateId = "JF3001";
    public const string UnknownId = "JF3002";
    public const string BandOrder = "JF3003";
    public const string UniqueOverlap = "JF3004";
    public const string UnknownCurrency = "JF3005";
    public const string MissingFile = "JF3006";
    public const string BadCell = "JF3007";
    public const string TableShape = "JF3008";
    public const string BandCurrency = "JF3009";
    public const string UnknownFile = "JF3010";
    public const string TableLimit = "JF3011";
    public const string Precision = "JF3012";
    public const string CaseFailed = "JF3013";
    public const string Approval = "JF3014";
    public const string Tampered = "JF3015";
    public const string AmbiguousEffectiveDate = "JF3016";
    public const string Governance = "JF3017";
    public const string Derivation = "JF3018";
    public const string MobilityPath = "JF3019";
    public const string RefusedFile = "JF3020";
    public const string CapabilityModel = "JF3021";
    public const string Transparency = "JF3022";

    public const string InvalidInput = "JF4001";
}
