namespace FleetCatalog.Diagnostics;

/// <summary>A 1-based region of a source file. <see cref="None"/> (all zeros) means "the file as a whole".</summary>
internal readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan None => default;

    public static SourceSpan At(int line, int column) => new(line, column, line, column);

    public bool IsNone => Line == 0;
}
