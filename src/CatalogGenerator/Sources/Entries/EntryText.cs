using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Yaml;

namespace FleetCatalog.Sources.Entries;

/// <summary>Reads an entry's bytes and YAML with the shared readers, telling the problems in an entry's terms.</summary>
internal static class EntryText
{
    /// <summary>An entry is a dozen lines; anything near this size is not one.</summary>
    public const int MaxBytes = 64 * 1024;

    public static string? Decode(ReadOnlySpan<byte> bytes, FileFindings findings, string needs)
    {
        var (text, problem) = SourceText.Decode(bytes, findings.File, MaxBytes);
        if (problem is null)
        {
            return text;
        }

        // SourceText speaks of balena.yml; say what this file needs instead.
        findings.AddRange([problem.Code switch
        {
            "CAT100" => problem with { Message = $"'{findings.File}' is over {MaxBytes / 1024} KiB, the most that is read, and {needs} fits in a few lines" },
            "CAT102" => problem with { Message = $"'{findings.File}' is empty; {needs}" },
            _ => problem,
        }]);
        return null;
    }

    /// <summary>The document's root, or null (reported) when the file holds no usable YAML.</summary>
    public static YamlNode? Parse(string text, FileFindings findings, string needs)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            findings.Add(DiagnosticCodes.EmptyFile, $"'{findings.File}' is empty; {needs}", SourceSpan.None);
            return null;
        }

        var (root, problems) = YamlDocumentReader.Read(text, findings.File);
        findings.AddRange(problems);
        if (root is null && problems.IsEmpty)
        {
            findings.Add(DiagnosticCodes.EmptyFile, $"'{findings.File}' holds only comments; {needs}", SourceSpan.None);
        }

        return root;
    }
}
