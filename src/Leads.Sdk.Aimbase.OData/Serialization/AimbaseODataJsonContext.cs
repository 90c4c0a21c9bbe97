using System.Text.Json.Serialization;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.Aimbase.OData.Serialization;

/// <summary>Source-generated JSON metadata; reads tolerantly (any casing, numbers as strings, trailing commas as in the doc's examples).</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowTrailingCommas = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(TolerantBooleanConverter), typeof(TolerantDateTimeOffsetConverter), typeof(CustomFieldsConverter)])]
[JsonSerializable(typeof(Lead))]
[JsonSerializable(typeof(Prospect))]
[JsonSerializable(typeof(Company))]
[JsonSerializable(typeof(Dealer))]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(Brand))]
[JsonSerializable(typeof(ProductCategory))]
[JsonSerializable(typeof(ODataCollectionResponse<Lead>))]
[JsonSerializable(typeof(ODataErrorResponse))]
internal sealed partial class AimbaseODataJsonContext : JsonSerializerContext;
