using System.Text.Json.Nodes;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Validation;

namespace Leads.Sdk.CrmApi.Tests.Models;

public sealed class CrmCreateLeadRequestBuilderTests
{
    [Fact]
    public void Build_CalledTwice_ReturnsTwoIndependentRequests()
    {
        var builder = Builder().AddProduct(CrmProductIdentifier.ByCode("P1"));

        var first = builder.Build();
        var second = builder.Build();
        first.Products!.Add(new CrmLeadProduct(CrmProductIdentifier.ByCode("ADDED-TO-FIRST")));

        Assert.NotSame(first, second);
        Assert.Single(second.Products!);
    }

    [Fact]
    public void Build_LaterWithCalls_DoNotChangeARequestBuiltEarlier()
    {
        var builder = Builder().WithDescription("first").WithUdfString(2, "one").AddUser(CrmUserIdentifier.ById("U1"));
        var earlier = builder.Build();

        builder.WithDescription("second").WithUdfString(2, "two").AddUser(CrmUserIdentifier.ById("U2"))
            .WithFieldsSet("id").WithAdditionalField("contact_information", new JsonObject { ["id"] = "C9" });
        var later = builder.Build();

        Assert.Equal("first", earlier.Description);
        Assert.Equal("one", earlier.UdfString2);
        Assert.Equal(["U1"], earlier.Users!.Select(u => u.User!.Id));
        Assert.Null(earlier.FieldsSet);
        Assert.Empty(earlier.AdditionalFields);
        Assert.Equal("second", later.Description);
        Assert.Equal("two", later.UdfString2);
        Assert.Equal(["U1", "U2"], later.Users!.Select(u => u.User!.Id));
        Assert.Equal("""{"id":"C9"}""", later.AdditionalFields["contact_information"]!.ToJsonString());
    }

    [Fact]
    public void Build_FieldsSetArrayChangedAfterwards_KeepsTheFieldsGiven()
    {
        string[] fields = ["id", "number"];
        var builder = Builder().WithFieldsSet(fields);

        fields[0] = "changed";

        Assert.Equal(["id", "number"], builder.Build().FieldsSet!);
    }

    [Theory]
    [InlineData("string", 9, "UdfString9")]
    [InlineData("string", 0, "UdfString0")]
    [InlineData("float", 5, "UdfFloat5")]
    [InlineData("float", -1, "UdfFloat-1")]
    [InlineData("date", 5, "UdfDate5")]
    [InlineData("date", 0, "UdfDate0")]
    public void WithUdf_NumberOutOfRange_ThrowsValidationExceptionNamingTheField(string kind, int number, string field)
    {
        var builder = Builder();

        var exception = Assert.Throws<LeadsValidationException>(() => kind switch
        {
            "string" => builder.WithUdfString(number, "value"),
            "float" => builder.WithUdfFloat(number, 1.5),
            _ => builder.WithUdfDate(number, DateTimeOffset.UnixEpoch),
        });

        var error = Assert.Single(exception.Errors);
        Assert.Equal(field, error.Path);
        Assert.Equal(ValidationRules.Range, error.Rule);
        Assert.Contains(field, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithUdfString_NumberOutOfRange_LeavesTheBuilderUnchanged()
    {
        var builder = Builder().WithUdfString(8, "kept");

        Assert.Throws<LeadsValidationException>(() => builder.WithUdfString(9, "lost"));

        var request = builder.Build();
        Assert.Equal("kept", request.UdfString8);
    }

    [Fact]
    public void WithFieldsSet_Null_ThrowsValidationExceptionNamingFieldsSet()
    {
        var exception = Assert.Throws<LeadsValidationException>(() => Builder().WithFieldsSet(null!));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("FieldsSet", error.Path);
        Assert.Equal(ValidationRules.Required, error.Rule);
    }

    [Fact]
    public void WithAdditionalField_NullName_ThrowsValidationExceptionNamingAdditionalFields()
    {
        var exception = Assert.Throws<LeadsValidationException>(() => Builder().WithAdditionalField(null!, 1));

        Assert.Equal("AdditionalFields", Assert.Single(exception.Errors).Path);
    }

    private static CrmCreateLeadRequestBuilder Builder() => new(
        CrmLeadImportance.Importance1,
        CrmLeadPriority.Priority3,
        CrmEntityIdentifier.ByName("Sales"),
        CrmContactInformationIdentifier.ById("C1"),
        CrmLeadSource.Website("example.com"));
}
