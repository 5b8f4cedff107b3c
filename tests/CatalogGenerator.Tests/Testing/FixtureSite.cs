namespace FleetCatalog.Tests.Testing;

/// <summary>
/// Hand-written site content for fixture catalogs (the committed learn pages link to projects a small
/// fixture does not have), beside a copy of the committed theme.
/// </summary>
internal static class FixtureSite
{
    /// <summary>
    /// Writes site/ (site.yml, one learn page, the committed categories) and copies of themes/ and schemas/ under <paramref name="root"/>; the content
    /// features and links to <paramref name="project"/>. tools/search links to the repository's, so a build there runs the one Pagefind install.
    /// </summary>
    public static void Write(string root, string project = "audio")
    {
        CopyDirectory(Path.Combine(TestPaths.RepositoryRoot, "themes"), Path.Combine(root, "themes"));
        CopyDirectory(Path.Combine(TestPaths.RepositoryRoot, "schemas"), Path.Combine(root, "schemas"));
        // Full paths: the kernel resolves "a/../b" only when a exists, .NET's CreateDirectory does not need it.
        Directory.CreateDirectory(Path.GetFullPath(Path.Combine(root, "tools")));
        Directory.CreateSymbolicLink(Path.GetFullPath(Path.Combine(root, "tools", "search")), Path.Combine(TestPaths.RepositoryRoot, "tools", "search"));
        var site = Path.Combine(root, "site");
        Directory.CreateDirectory(Path.Combine(site, "learn"));
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "site", "categories.yml"), Path.Combine(site, "categories.yml"));
        File.WriteAllText(Path.Combine(site, "site.yml"), $$"""
            title: Fleet Catalog
            tagline: Projects that work by default on the boards you have.
            base-url: https://catalog.example.org/
            edit-link-base: https://github.com/fleet-catalog/fleet-catalog/edit/main/
            navigation:
              - { label: Projects, url: /projects/ }
              - { label: Boards, url: /devices/ }
              - { label: Learn, url: /learn/ }
              - { label: Deploy button, url: /deploy-button/ }
              - { label: Status, url: /status/ }
            featured: [{{project}}]
            learning-paths:
              - title: Your first fleet
                summary: From nothing to a running device.
                pages: [first-steps]
                projects: [{{project}}]
            """);
        File.WriteAllText(Path.Combine(site, "learn", "first-steps.md"), $$"""
            ---
            title: First steps
            summary: Deploy a project in one click.
            order: 1
            difficulty: beginner
            ---
            Pick a project such as [this project](/projects/{{project}}/), press **Deploy with balena**,
            and flash the image it gives you. Then look at the [boards](/devices/).

            ```sh
            echo hello
            ```
            """);
    }

    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
