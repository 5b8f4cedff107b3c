using System.Text;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Tests.Testing;
using FleetCatalog.Validation;

namespace FleetCatalog.Tests.Corpus;

/// <summary>
/// Every real project in ../shared/corpus validates without an exception, and its findings match a
/// golden file reviewed by hand (Golden/Corpus/OWNER__REPO.txt). A wrong finding is a bug to fix in
/// the rule, never a line to keep in the golden file.
/// </summary>
public sealed class CorpusTests
{
    [SharedDataFact]
    public void Every_corpus_project_matches_its_reviewed_findings()
    {
        var mismatches = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories(TestPaths.Corpus).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            var actual = Render(Validate(dir));
            try
            {
                Golden.Verify(actual, $"Corpus/{name}.txt");
            }
            catch (Xunit.Sdk.XunitException e)
            {
                mismatches.Add($"{name}: {e.Message}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [SharedDataFact]
    public void No_rule_fails_on_any_corpus_project()
    {
        foreach (var dir in Directory.EnumerateDirectories(TestPaths.Corpus))
        {
            var result = Validate(dir);

            Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError.Code);
            Assert.NotNull(result.Manifest);
        }
    }

    internal static ValidationResult Validate(string dir) =>
        new ManifestValidator(DeviceRegistry.Default).Validate(ProjectLoader.FromDirectory(dir, RepositoryOf(dir)));

    /// <summary>The repository named in SOURCE.txt ("url: https://github.com/OWNER/REPO").</summary>
    private static string? RepositoryOf(string dir)
    {
        var source = Path.Combine(dir, "SOURCE.txt");
        return File.Exists(source)
            ? File.ReadLines(source).FirstOrDefault(l => l.StartsWith("url: ", StringComparison.Ordinal))?["url: ".Length..].Trim()
            : null;
    }

    private static string Render(ValidationResult result)
    {
        var text = new StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            var position = d.Span.IsNone ? string.Empty : $"({d.Span.Line},{d.Span.Column})";
            var severity = d.Severity.ToString().ToLowerInvariant();
            text.Append($"{d.File}{position}: {severity} {d.Code}: {d.Message}\n");
        }

        return text.Length == 0 ? "(no findings)\n" : text.ToString();
    }
}
