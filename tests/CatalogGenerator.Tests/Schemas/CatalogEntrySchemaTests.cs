using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Schemas;

/// <summary>schemas/catalog-entry.schema.json stays true to the entry reader: its closed lists and keys are the reader's own.</summary>
public sealed class CatalogEntrySchemaTests
{
    private static readonly JsonObject Schema = CommittedSchemas.Json(CommittedSchemas.EntryFile);

    private static JsonObject Properties => Schema["properties"]!.AsObject();

    [Fact]
    public void Category_enum_is_site_categories_yml()
    {
        var categories = CategoryList.Load(Path.Combine(TestPaths.RepositoryRoot, "site", "categories.yml")).Categories!;

        Assert.Equal(categories.Slugs, BalenaSchemaTests.Strings(Properties["category"]!["anyOf"]![0]!["enum"]));
    }

    [Fact]
    public void Difficulty_enum_is_the_three_words()
    {
        var words = Enum.GetNames<Difficulty>().Select(n => n.ToLowerInvariant());

        Assert.Equal(words, BalenaSchemaTests.Strings(Properties["difficulty"]!["anyOf"]![0]!["enum"]));
    }

    [Fact]
    public void Waivable_codes_are_every_code_that_may_be_waived()
    {
        var waivable = DiagnosticCodes.All.Select(d => d.Code).Where(Waivers.CanWaive);

        Assert.Equal(waivable, BalenaSchemaTests.Strings(Properties["allow"]!["anyOf"]![0]!["propertyNames"]!["enum"]));
    }

    [Fact]
    public void The_keys_are_exactly_the_keys_the_reader_knows()
    {
        var item = Schema["definitions"]!["hardwareItem"]!["anyOf"]![1]!["properties"]!.AsObject();

        Assert.Equal(EntryKeys.TopLevel.Order(StringComparer.Ordinal), Properties.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(EntryKeys.HardwareItem.Order(StringComparer.Ordinal), item.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.False((bool)Schema["additionalProperties"]!);
    }

    [Fact]
    public void Every_property_has_a_description_and_the_id_is_the_published_address()
    {
        Assert.Empty(BalenaSchemaTests.PropertiesWithoutDescription(Schema, "#"));
        Assert.Equal(BalenaSchemaTests.PublishedAddress(CommittedSchemas.EntryFile), (string?)Schema["$id"]);
    }

    /// <summary>The duration pattern is a regular expression for "more than nothing, at most 24 hours, minutes under 60 beside hours"; checked against the reader on every nearby form.</summary>
    [Fact]
    public void Duration_pattern_accepts_exactly_what_the_reader_accepts()
    {
        var pattern = new Regex((string)Properties["duration"]!["anyOf"]![0]!["pattern"]!, RegexOptions.ECMAScript);
        var numbers = Enumerable.Range(0, 1500).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Concat(["00", "000", "0000", "01", "001", "0001", "024", "0024", "059", "060", "00059", "01440", "1441", "9999", "10000"])
            .ToList();
        var hours = numbers.Where(n => n.Length <= 4 && (n.Length < 3 || n.StartsWith('0') || n.Length == 3 && int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) < 30)).ToList();
        var minutesBesideHours = numbers.Where(n => n.Length <= 5 && int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) <= 90).ToList();
        var texts = numbers.Select(n => n + "m")
            .Concat(hours.Select(h => h + "h"))
            .Concat(new[] { "0", "1", "24", "0", "00", "000" }.SelectMany(h => minutesBesideHours.Select(m => $"{h}h{m}m")))
            .Concat(hours.Where(h => h.Length <= 3).SelectMany(h => new[] { "0", "00", "5", "59", "60", "0059" }.Select(m => $"{h}h{m}m")))
            .Concat(["", "h", "m", "hm", "1d", "1 h", "1h 30m", "90 min", "1.5h", "-1h", "1m1h"])
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var disagreements = texts.Where(t => pattern.IsMatch(t) != ReaderAccepts(t)).ToList();

        Assert.True(texts.Count > 2000, $"only {texts.Count} durations tried");
        Assert.True(disagreements.Count == 0, "pattern and reader disagree on: " + string.Join(", ", disagreements.Take(20)));
    }

    private static bool ReaderAccepts(string duration)
    {
        var (_, diagnostics) = CatalogEntryReader.Read($"repository: https://github.com/o/r\nduration: \"{duration}\"\n", "projects/thing.yml", new CategoryList([]));
        return !diagnostics.Any(d => d.Code == DiagnosticCodes.EntryInvalidDuration.Code);
    }
}
