namespace FleetCatalog.Tests.Testing;

/// <summary>A theory over ../shared data; skipped, saying so, where it is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!TestPaths.HasCorpus)
        {
            Skip = $"../shared is not beside the clone (looked in {TestPaths.Shared}); the corpus tests need it";
        }
    }
}
