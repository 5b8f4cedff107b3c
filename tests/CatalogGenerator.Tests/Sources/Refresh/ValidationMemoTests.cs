using System.Text.Json;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Refresh;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.Refresh;

public sealed class ValidationMemoTests
{
    private const string Planted = "planted in the kept findings by the test";

    private static readonly string[] Projects = ["balena-labs-projects__audio", "klutchell__balena-adguard"];

    [SharedDataFact]
    public async Task A_rebuild_takes_the_kept_findings_and_they_are_what_validating_again_finds()
    {
        using var catalog = new TestCatalog(Projects);
        var first = await catalog.BuildAsync();
        var offline = catalog.Options with { Offline = true };

        var kept = await catalog.BuildAsync(offline);
        Assert.All(kept.Projects, p => Assert.Equal(Findings(first, p.Entry.Slug), Findings(kept, p.Entry.Slug)));
        Assert.All(kept.Projects, p => Assert.Equal(
            first.Projects.Single(f => f.Entry.Slug == p.Entry.Slug).Validation!.Manifest!.Name?.Text, p.Validation!.Manifest!.Name?.Text));

        // Proof that the kept findings are what was shown, not a second validation.
        Plant(kept.Projects.Single(p => p.Entry.Slug == "audio"));
        var planted = await catalog.BuildAsync(offline);
        Assert.Contains(planted.Projects.Single(p => p.Entry.Slug == "audio").Diagnostics, d => d.Message == Planted);
        Assert.DoesNotContain(planted.Projects.Single(p => p.Entry.Slug == "balena-adguard").Diagnostics, d => d.Message == Planted);
    }

    [SharedDataFact]
    public async Task The_kept_findings_are_not_used_once_what_they_depend_on_changes()
    {
        using var catalog = new TestCatalog(Projects);
        await catalog.BuildAsync();
        var offline = catalog.Options with { Offline = true };

        // What GitHub says of the repository (the archived rule reads it).
        Plant(Snapshot(await catalog.BuildAsync(offline), "audio"));
        catalog.GitHub[GitHubName(catalog, "audio")].Archived = true;
        var archived = await catalog.BuildAsync();
        Assert.DoesNotContain(Snapshot(archived, "audio").Diagnostics, d => d.Message == Planted);
        Assert.Contains(Snapshot(archived, "audio").Diagnostics, d => d.Code == DiagnosticCodes.RepositoryArchived.Code);

        // The device registry (a board added or renamed changes what the hardware rules say).
        Plant(Snapshot(await catalog.BuildAsync(offline), "audio"));
        var fewerBoards = new DeviceRegistry(DeviceRegistry.Default.All.Skip(1));
        Assert.DoesNotContain(Snapshot(await catalog.BuildAsync(offline, fewerBoards), "audio").Diagnostics, d => d.Message == Planted);
    }

    [SharedDataFact]
    public async Task A_board_whose_discontinuation_date_has_passed_is_discontinued_not_pending_and_the_memo_is_not_reused()
    {
        using var catalog = new TestCatalog(Projects);
        var first = await catalog.BuildAsync();
        var slug = Snapshot(first, "audio").Validation!.Manifest!.SupportedDeviceTypes[0].Text!;
        var ending = new DateOnly(2026, 3, 1);
        var devices = new DeviceRegistry(DeviceRegistry.Default.All.Select(d => d.Slug == slug
            ? d with { Status = DeviceSupportStatus.PendingDiscontinuation, DiscontinuationDate = ending }
            : d));

        var before = await catalog.BuildAsync(catalog.Options with { Offline = true, BuildDate = ending.AddDays(-1) }, devices);
        Assert.Contains(Snapshot(before, "audio").Diagnostics, d => d.Code == DiagnosticCodes.DeviceTypePendingDiscontinuation.Code && d.Message.Contains(slug, StringComparison.Ordinal));
        Assert.DoesNotContain(Snapshot(before, "audio").Diagnostics, d => d.Code == DiagnosticCodes.DiscontinuedDeviceType.Code);

        // The same commit, cache and registry, a later build date: the kept findings were worked out before the date.
        var after = await catalog.BuildAsync(catalog.Options with { Offline = true, BuildDate = ending }, devices);
        Assert.DoesNotContain(Snapshot(after, "audio").Diagnostics, d => d.Code == DiagnosticCodes.DeviceTypePendingDiscontinuation.Code);
        Assert.Contains(Snapshot(after, "audio").Diagnostics, d => d.Code == DiagnosticCodes.DiscontinuedDeviceType.Code && d.Message.Contains(slug, StringComparison.Ordinal));
    }

    [SharedDataFact]
    public async Task A_damaged_memo_costs_a_validation_and_is_written_again()
    {
        using var catalog = new TestCatalog(Projects);
        var first = await catalog.BuildAsync();
        var offline = catalog.Options with { Offline = true };

        var memo = MemoPath(Snapshot(first, "audio"));
        File.WriteAllText(memo, "{\"key\": \"not this one\", \"diagnostics\": [");
        var rebuilt = await catalog.BuildAsync(offline);
        Assert.Equal(Findings(first, "audio"), Findings(rebuilt, "audio"));

        File.WriteAllText(memo, "{\"key\": \"" + Key(memo, fallback: "x") + "\", \"diagnostics\": [{\"code\": null}]}");
        Assert.Equal(Findings(first, "audio"), Findings(await catalog.BuildAsync(offline), "audio"));
        Assert.NotEqual("x", Key(memo, fallback: "x"));
    }

    private static ProjectSnapshot Snapshot(RefreshResult result, string slug) => result.Projects.Single(p => p.Entry.Slug == slug);

    // As arrays: xUnit compares two ImmutableArrays as the structs they are (the same array or not), not item by item.
    private static Diagnostic[] Findings(RefreshResult result, string slug) => [.. Snapshot(result, slug).Diagnostics];

    private static string GitHubName(TestCatalog catalog, string slug)
    {
        var segments = catalog.Repositories[slug].Path.TrimEnd('/').Split('/');
        return $"{segments[^2]}/{segments[^1]}";
    }

    private static string MemoPath(ProjectSnapshot snapshot) =>
        Path.Combine(Path.GetDirectoryName(snapshot.FilesDirectory!)!, ValidationMemo.FileName);

    private static string Key(string memo, string fallback)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(memo));
            return json.RootElement.GetProperty("key").GetString() ?? fallback;
        }
        catch (JsonException)
        {
            return fallback;
        }
    }

    // Adds a finding no rule makes to the memo, under its own key, so that a build which shows it took the memo.
    private static void Plant(ProjectSnapshot snapshot)
    {
        var memo = MemoPath(snapshot);
        var key = Key(memo, fallback: string.Empty);
        Assert.NotEmpty(key);
        var kept = snapshot.Validation!.Diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DescriptionMissing.Code, Planted, "balena.yml", SourceSpan.None));
        ValidationMemo.Save(Path.GetDirectoryName(memo)!, key, kept);
    }
}
