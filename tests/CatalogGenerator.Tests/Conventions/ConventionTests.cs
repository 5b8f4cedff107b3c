using System.Reflection;
using System.Text.RegularExpressions;
using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;
using FleetCatalog.Validation;

namespace FleetCatalog.Tests.Conventions;

/// <summary>Rules of the codebase that review would otherwise have to remember.</summary>
public sealed partial class ConventionTests
{
    private static readonly Assembly Generator = typeof(IManifestRule).Assembly;

    [Fact]
    public void Diagnostic_codes_are_unique_and_well_formed()
    {
        var codes = DiagnosticCodes.All.Select(d => d.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^CAT[0-9]{3}$", c));
    }

    [Fact]
    public void Every_diagnostic_code_is_documented_with_an_example_and_a_fix()
    {
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "diagnostics.md")) + DiagnosticsParts();
        var sections = Heading().Split(docs).Skip(1).Chunk(2).ToDictionary(p => p[0], p => p[1]);
        var headings = Heading().Matches(docs).Select(m => m.Value.TrimEnd()).ToHashSet(StringComparer.Ordinal);

        Assert.All(DiagnosticCodes.All, d =>
        {
            Assert.True(sections.ContainsKey(d.Code), $"{d.Code} ({d.Title}) has no '## {d.Code}: …' section in docs/diagnostics.md");
            Assert.Contains($"## {d.Code}: {d.Title}", headings);
            Assert.Contains($"**Severity:** {ValidationSeverity(d)}", sections[d.Code], StringComparison.Ordinal);
            Assert.Contains("```", sections[d.Code], StringComparison.Ordinal);
        });
        Assert.All(sections.Keys, code => Assert.NotNull(DiagnosticCodes.Find(code)));
    }

    [Fact]
    public void Classes_are_sealed_or_static_and_nothing_is_public_but_the_entry_point()
    {
        var types = Generator.GetTypes().Where(t => !t.IsNested && !IsCompilerGenerated(t)).ToList();

        Assert.All(types.Where(t => t.IsClass && !t.IsAbstract), t => Assert.True(t.IsSealed, $"{t.FullName} should be sealed"));
        Assert.All(types, t => Assert.False(t.IsPublic, $"{t.FullName} should be internal"));
    }

    [Fact]
    public void Each_source_file_declares_the_type_it_is_named_after()
    {
        var source = Path.Combine(TestPaths.RepositoryRoot, "src", "CatalogGenerator");
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != "Program.cs");

        Assert.All(files, f =>
        {
            var name = Path.GetFileNameWithoutExtension(f);
            Assert.Matches($@"\b(class|record|struct|interface|enum)( struct)? {Regex.Escape(name)}\b", File.ReadAllText(f));
        });
    }

    [Fact]
    public void Every_rule_is_a_sealed_class_in_the_rules_folder_with_a_test_class()
    {
        var tests = typeof(ConventionTests).Assembly.GetTypes().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(ManifestRules.All, rule =>
        {
            var type = rule.GetType();
            Assert.True(type.IsSealed);
            Assert.StartsWith("FleetCatalog.Validation.Rules.", type.Namespace, StringComparison.Ordinal);
            Assert.Contains(type.Name + "Tests", tests);
        });
    }

    // Parts written on a branch (docs/diagnostics-parts/*.md) count until they are merged into docs/diagnostics.md.
    private static string DiagnosticsParts()
    {
        var parts = Path.Combine(TestPaths.RepositoryRoot, "docs", "diagnostics-parts");
        return Directory.Exists(parts)
            ? string.Concat(Directory.EnumerateFiles(parts, "*.md").Order(StringComparer.Ordinal).Select(f => "\n" + File.ReadAllText(f)))
            : string.Empty;
    }

    private static string ValidationSeverity(DiagnosticDescriptor d) => d.DefaultSeverity.ToString().ToLowerInvariant();

    [Fact]
    public void Help_links_point_at_the_headings_anchors()
    {
        Assert.Equal(
            "https://github.com/fleet-catalog/fleet-catalog/blob/main/docs/diagnostics.md#cat201-type-is-not-swapplication-or-swblock",
            DiagnosticCodes.TypeInvalid.HelpUri);
    }

    private static bool IsCompilerGenerated(Type t) =>
        t.Name.Contains('<', StringComparison.Ordinal) || t.Namespace is null or "System.Text.RegularExpressions.Generated";

    [GeneratedRegex(@"^## (CAT[0-9]{3})\b.*$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
