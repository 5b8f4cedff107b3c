namespace FleetCatalog.Tests.Testing;

/// <summary>
/// Tests that set process environment variables (GITHUB_STEP_SUMMARY, say) that the in-process CLI reads. xUnit runs this
/// collection alone, after the parallel ones, so no other test's CLI run sees the variables.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentTests
{
    public const string Name = "Process environment";
}
