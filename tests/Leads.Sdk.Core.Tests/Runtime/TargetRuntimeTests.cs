using System.Reflection;
using System.Runtime.Versioning;

namespace Leads.Sdk.Core.Tests.Runtime;

// The packages ship for net8.0 and net10.0; the suite runs once per target. This proves the net8.0 run really
// executes on a .NET 8 runtime (self-contained), not on the installed .NET 10 one rolled forward.
public class TargetRuntimeTests
{
    [Fact]
    public void Runtime_MatchesTheTargetFramework()
    {
        var target = typeof(TargetRuntimeTests).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;

        Assert.Equal(new FrameworkName(target).Version.Major, Environment.Version.Major);
    }
}
