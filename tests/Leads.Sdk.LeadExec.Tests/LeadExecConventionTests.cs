using System.Reflection;

namespace Leads.Sdk.LeadExec.Tests;

public sealed class LeadExecConventionTests
{
    private static readonly Type[] PublicTypes = typeof(LeadExecClient).Assembly.GetExportedTypes();

    [Fact]
    public void PublicAsyncMethods_TakeCancellationTokenLastWithDefault()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType))
            .Where(m => m.GetParameters() is not [.., { ParameterType: var last, HasDefaultValue: true }] || last != typeof(CancellationToken))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void ResponseModels_ExposeOnlyReadOnlyCollections()
    {
        var offenders = PublicTypes
            .Where(t => t.Namespace == "Leads.Sdk.LeadExec.Models" && t.Name.EndsWith("Response", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties())
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() != typeof(IReadOnlyList<>)
                        && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.Empty(offenders);
    }
}
