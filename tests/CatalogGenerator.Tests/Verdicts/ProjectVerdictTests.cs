using FleetCatalog.Output;
using FleetCatalog.Sources.Refresh;
using FleetCatalog.Verdicts;

namespace FleetCatalog.Tests.Verdicts;

public sealed class ProjectVerdictTests
{
    [Theory]
    [InlineData(0, 1, 0, true, "")]
    [InlineData(1, 1, 0, false, "1 error to fix")]
    [InlineData(0, 0, 0, false, "no board balena knows")]
    [InlineData(0, 3, 1, false, "1 setting you must set")]
    [InlineData(2, 0, 5, false, "2 errors to fix, no board balena knows, 5 settings you must set")]
    public void It_works_by_default_only_with_no_error_a_known_board_and_nothing_to_set(int errors, int boards, int mustSet, bool works, string reasons)
    {
        var verdict = new ProjectVerdict(errors, boards, mustSet);

        Assert.Equal(works, verdict.WorksByDefault);
        Assert.Equal(reasons, string.Join(", ", verdict.Reasons));
    }

    [Theory]
    [InlineData("Fetched", true, 0, "Ok")]
    [InlineData("Unchanged", true, 2, "Warnings")]
    [InlineData("Fetched", false, 0, "Failing")]
    [InlineData("Unchanged", false, 2, "Failing")]
    [InlineData("Stale", true, 0, "Stale")]
    [InlineData("Failed", false, 0, "Failing")]
    public void The_badge_says_ok_or_warnings_only_for_a_project_that_works_by_default(string refresh, bool works, int warnings, string expected)
    {
        var verdict = works ? new ProjectVerdict(0, 1, 0) : new ProjectVerdict(0, 0, 0);

        Assert.Equal(Enum.Parse<ProjectStatus>(expected), verdict.Status(Enum.Parse<SnapshotStatus>(refresh), warnings));
    }
}
