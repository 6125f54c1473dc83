namespace JobFramework.Comp.Tables;

/// <summary>DMN hit policies: which matching rows a lookup returns.</summary>
public enum HitPolicy
{
    /// <summary>Rows may overlap; the first match in row order wins.</summary>
    First,

    /// <summary>At most one row may match any input; overlaps are load errors where they can be detected.</summary>
    Unique,

    /// <summary>Every matching row, in row order; outputs become lists.</summary>
    Collect,
}
