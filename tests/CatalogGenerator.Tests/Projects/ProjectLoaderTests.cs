using FleetCatalog.Projects;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Projects;

public sealed class ProjectLoaderTests
{
    [Fact]
    public void A_project_folder_brings_its_manifest_compose_file_dockerfiles_and_readme()
    {
        using var dir = new TempDirectory();
        dir.Write("balena.yml", "name: x\n");
        dir.Write("docker-compose.yml", "services:\n  web:\n    build: ./web\n  radius:\n    build:\n      context: .\n      dockerfile: dockerfiles/radius.dockerfile\n");
        dir.Write("web/Dockerfile.template", "FROM balenalib/%%BALENA_MACHINE_NAME%%-debian\n");
        dir.Write("web/Dockerfile.aarch64", "FROM arm64v8/debian\n");
        dir.Write("web/app.js", "");
        dir.Write("dockerfiles/radius.dockerfile", "FROM amd64/debian\n");
        dir.Write("Readme.md", "# x\n");

        var project = ProjectLoader.FromDirectory(dir.Path);

        Assert.Equal("balena.yml", project.ManifestPath);
        Assert.Equal(["radius", "web"], project.Compose!.Services.Select(s => s.Name.Value).Order(StringComparer.Ordinal));
        Assert.Equal(["dockerfiles/radius.dockerfile", "web/Dockerfile.aarch64", "web/Dockerfile.template"],
            project.Dockerfiles.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Equal("Readme.md", project.Readme!.Path);
        Assert.Empty(project.ReadDiagnostics);
    }

    [Fact]
    public void A_build_context_outside_the_project_is_not_read()
    {
        using var dir = new TempDirectory();
        dir.Write("project/balena.yml", "name: x\n");
        dir.Write("project/docker-compose.yml", "services:\n  web:\n    build: ../elsewhere\n");
        dir.Write("elsewhere/Dockerfile", "FROM amd64/debian\n");

        var project = ProjectLoader.FromDirectory(Path.Combine(dir.Path, "project"));

        Assert.Empty(project.Dockerfiles);
    }

    [Fact]
    public void A_single_container_project_is_one_service_built_from_the_root()
    {
        using var dir = new TempDirectory();
        dir.Write("balena.yml", "name: x\n");
        dir.Write("Dockerfile.template", "FROM balenalib/%%BALENA_ARCH%%-node\n");

        var project = ProjectLoader.FromDirectory(dir.Path);

        var service = Assert.Single(project.Compose!.Services);
        Assert.Equal(".", service.BuildContext);
        Assert.Equal("Dockerfile.template", Assert.Single(project.Dockerfiles).Path);
    }

    [Fact]
    public void The_git_remote_names_the_repository()
    {
        using var dir = new TempDirectory();
        dir.Write(".git/config", "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = git@github.com:example/sound.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n");
        dir.Write("balena.yml", "name: x\n");

        Assert.Equal("git@github.com:example/sound.git", ProjectLoader.FromDirectory(dir.Path).Repository);
        Assert.Equal("https://github.com/other/repo", ProjectLoader.FromDirectory(dir.Path, "https://github.com/other/repo").Repository);
    }
}
