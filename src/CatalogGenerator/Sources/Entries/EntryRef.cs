using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Sources.Entries;

/// <summary>
/// CAT609: <c>ref</c> must be a name git accepts for a branch, tag or commit. The value is handed to git
/// on the command line, so a leading '-' (which git would read as an option) is refused here too.
/// </summary>
internal static class EntryRef
{
    private static readonly string[] Forbidden = ["..", "@{", "//", "\\", "~", "^", ":", "?", "*", "["];

    public static string? Read(YamlMapping root, FileFindings findings)
    {
        var entry = root.Find("ref");
        var text = EntryValue.Text(entry, findings, "a branch, tag or commit name");
        if (text is null)
        {
            return null;
        }

        var why = text switch
        {
            "" => "is empty; leave 'ref' out to use the repository's default branch",
            _ when text.StartsWith('-') => "starts with '-', which git would read as an option",
            _ when text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) => "holds a space or control character",
            _ when Forbidden.FirstOrDefault(f => text.Contains(f, StringComparison.Ordinal)) is { } bad => $"holds '{bad}'",
            _ when text.StartsWith('/') || text.EndsWith('/') || text.EndsWith('.') || text.EndsWith(".lock", StringComparison.Ordinal) =>
                "starts or ends in a way git forbids ('/', '.', '.lock')",
            _ => null,
        };
        if (why is null)
        {
            return text;
        }

        findings.Add(DiagnosticCodes.EntryWrongValueType,
            $"ref '{text}' {why}, so it cannot be a branch, tag or commit name; write the name as git shows it (such as 'main' or 'v1.2.0')",
            entry!.Value.Span);
        return null;
    }
}
