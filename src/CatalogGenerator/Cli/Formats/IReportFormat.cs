namespace FleetCatalog.Cli.Formats;

/// <summary>One output format of <c>catalog validate --format</c>.</summary>
internal interface IReportFormat
{
    void Write(ValidationReport report, TextWriter output);
}
