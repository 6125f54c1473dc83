namespace JobFramework.Comp.Expressions;

/// <summary>Syntax tree of one expression. Positions are 0-based offsets into the expression text.</summary>
internal abstract record Syntax(int Position);

internal sealed record LiteralSyntax(int Position, object Value) : Syntax(Position);

internal sealed record IdentifierSyntax(int Position, string Name) : Syntax(Position);

internal sealed record MemberSyntax(int Position, Syntax Target, string Name) : Syntax(Position);

/// <summary>A call: a function (<c>Target</c> null) such as <c>max(a, b)</c>, or a method such as <c>list.Any(x =&gt; …)</c>.</summary>
internal sealed record CallSyntax(int Position, Syntax? Target, string Name, IReadOnlyList<Syntax> Arguments) : Syntax(Position);

internal sealed record LambdaSyntax(int Position, string Parameter, Syntax Body) : Syntax(Position);

internal sealed record UnarySyntax(int Position, string Operator, Syntax Operand) : Syntax(Position);

internal sealed record BinarySyntax(int Position, string Operator, Syntax Left, Syntax Right) : Syntax(Position);

internal sealed record ConditionalSyntax(int Position, Syntax Condition, Syntax WhenTrue, Syntax WhenFalse) : Syntax(Position);

internal sealed record ListSyntax(int Position, IReadOnlyList<Syntax> Items) : Syntax(Position);

/// <summary>An element of a list by position, <c>skills[0]</c>.</summary>
internal sealed record IndexSyntax(int Position, Syntax Target, Syntax Index) : Syntax(Position);
