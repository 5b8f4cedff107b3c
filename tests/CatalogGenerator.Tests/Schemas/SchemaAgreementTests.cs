using System.Text;
using FleetCatalog.Devices;
using FleetCatalog.Projects;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Tests.Corpus;
using FleetCatalog.Tests.Testing;
using FleetCatalog.Validation;

namespace FleetCatalog.Tests.Schemas;

/// <summary>
/// The schemas and the validator give the same verdict on what a schema can express (see
/// <see cref="SchemaExpressibleCodes"/>): on the fixtures in TestData/Schemas, on every corpus manifest and on
/// every committed entry. Fixture names say the schema's verdict too (valid-… or invalid-…), so that
/// the agreement cannot hold by both sides refusing, or accepting, everything.
/// </summary>
public sealed class SchemaAgreementTests
{
    private static string Fixtures => Path.Combine(TestPaths.TestProject, "TestData", "Schemas");

    public static TheoryData<string> ManifestFixtures() => Names(Path.Combine(Fixtures, "manifests"));

    public static TheoryData<string> EntryFixtures() => Names(Path.Combine(Fixtures, "entries"));

    public static TheoryData<string> CorpusProjects() => [.. CorpusNames()];

    [Theory]
    [MemberData(nameof(ManifestFixtures))]
    public void Balena_schema_agrees_with_the_validator_on_fixture(string name)
    {
        var yaml = File.ReadAllText(Path.Combine(Fixtures, "manifests", name));
        var validation = new ManifestValidator(DeviceRegistry.Default).Validate(ProjectLoader.FromText("balena.yml", Encoding.UTF8.GetBytes(yaml)));

        var verdict = Manifest(name, yaml, validation);

        Assert.Null(verdict.Disagreement());
        Assert.True(verdict.SchemaAccepts == name.StartsWith("valid-", StringComparison.Ordinal),
            $"{name}: the schema {(verdict.SchemaAccepts ? "accepts" : "refuses")} it; {string.Join("; ", verdict.SchemaErrors)}");
    }

    [SharedDataTheory]
    [MemberData(nameof(CorpusProjects))]
    public void Balena_schema_agrees_with_the_validator_on_corpus_project(string project)
    {
        var validation = CorpusTests.Validate(Path.Combine(TestPaths.Corpus, project));
        Assert.NotNull(validation.Project.Manifest);

        var verdict = Manifest(project, validation.Project.Manifest.Text, validation);

        Assert.Null(verdict.Disagreement());
    }

    [SharedDataFact]
    public void The_corpus_holds_manifests_the_schema_accepts_and_manifests_it_refuses()
    {
        var verdicts = CorpusNames()
            .Select(p => CorpusTests.Validate(Path.Combine(TestPaths.Corpus, p)))
            .Select(v => Manifest(v.Project.Manifest!.Path, v.Project.Manifest.Text, v))
            .ToList();

        Assert.Contains(verdicts, v => v.SchemaAccepts);
        Assert.Contains(verdicts, v => !v.SchemaAccepts);
    }

    [Theory]
    [MemberData(nameof(EntryFixtures))]
    public void Entry_schema_agrees_with_the_validator_on_fixture(string name)
    {
        var verdict = Entry(Path.Combine(Fixtures, "entries", name), $"projects/{name}");

        Assert.Null(verdict.Disagreement());
        Assert.True(verdict.SchemaAccepts == name.StartsWith("valid-", StringComparison.Ordinal),
            $"{name}: the schema {(verdict.SchemaAccepts ? "accepts" : "refuses")} it; {string.Join("; ", verdict.SchemaErrors)}");
    }

    [Fact]
    public void Entry_schema_accepts_every_committed_entry()
    {
        var projects = Path.Combine(TestPaths.RepositoryRoot, "projects");
        var verdicts = Directory.EnumerateFiles(projects, "*.yml").Order(StringComparer.Ordinal)
            .Select(path => Entry(path, $"projects/{Path.GetFileName(path)}"))
            .ToList();

        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, v => Assert.Null(v.Disagreement()));
        Assert.All(verdicts, v => Assert.True(v.SchemaAccepts, $"{v.Name}: {string.Join("; ", v.SchemaErrors)}"));
    }

    private static SchemaVerdict Manifest(string name, string yaml, ValidationResult validation)
    {
        var json = YamlJson.Read(yaml, name, out var readable);
        Assert.True(readable, $"{name}: the YAML does not read, so no schema can judge it; use a readable fixture");
        return SchemaVerdict.Of(name, CommittedSchemas.Errors(CommittedSchemas.Balena, json), validation.Diagnostics,
            SchemaExpressibleCodes.ManifestExact, SchemaExpressibleCodes.ManifestPartial);
    }

    private static SchemaVerdict Entry(string path, string file)
    {
        var text = File.ReadAllText(path);
        var (_, diagnostics) = CatalogEntryReader.Read(text, file, CommittedCategories.Value);
        var json = YamlJson.Read(text, file, out var readable);
        Assert.True(readable, $"{file}: the YAML does not read, so no schema can judge it; use a readable fixture");
        return SchemaVerdict.Of(file, CommittedSchemas.Errors(CommittedSchemas.Entry, json), diagnostics,
            SchemaExpressibleCodes.EntryExact, SchemaExpressibleCodes.EntryPartial);
    }

    private static readonly Lazy<CategoryList> CommittedCategories =
        new(() => CategoryList.Load(Path.Combine(TestPaths.RepositoryRoot, "site", "categories.yml")).Categories!);

    private static IEnumerable<string> CorpusNames() =>
        TestPaths.HasCorpus ? Directory.EnumerateDirectories(TestPaths.Corpus).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal) : [];

    private static TheoryData<string> Names(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.yml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
