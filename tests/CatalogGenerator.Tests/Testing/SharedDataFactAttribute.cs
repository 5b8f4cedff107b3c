namespace FleetCatalog.Tests.Testing;

/// <summary>A fact that needs ../shared (the corpus and balena reference data); skipped, saying so, where it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!TestPaths.HasCorpus)
        {
            Skip = $"../shared is not beside the clone (looked in {TestPaths.Shared}); the corpus and device-type reference tests need it";
        }
    }
}
