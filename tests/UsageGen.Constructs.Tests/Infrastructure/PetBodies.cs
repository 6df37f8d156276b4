namespace UsageGen.Constructs.Tests.Infrastructure
{
    /// <summary>Pet-shaped JSON as tests/specs/constructs.yaml describes it.</summary>
    public static class PetBodies
    {
        /// <summary>
        /// A Cat with every property of Pet set (each format, the map, the untyped values, a recursive friend and a
        /// set owner), a Dog with a null owner and a set barksPerDay, and a plain Pet without petType.
        /// </summary>
        public const string ThreePets = """
            [
              {
                "id": 1,
                "name": "Tom",
                "petType": "Cat",
                "livesLeft": 9,
                "kind": "1h",
                "weight": 4.25,
                "height": 0.1,
                "price": 1234.56,
                "born": "2020-02-29",
                "feeding": "07:30:15",
                "interval": "PT1H30M",
                "chip": "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                "avatar": "iVBORw0KGgo=",
                "homepage": "https://pets.example.test/tom",
                "adopted": true,
                "nickname": "Tommy",
                "legacyCode": "T-1",
                "secret": "purr",
                "labels": { "colour": "grey", "mood": "grumpy" },
                "extra": { "score": 7, "flags": [true, "x"], "none": null, "nested": { "k": "v" } },
                "tags": ["indoor", "old"],
                "matrix": [[1, 2], [], [3]],
                "friend": {
                  "id": 2,
                  "name": "Rex",
                  "petType": "Dog",
                  "barksPerDay": null,
                  "friend": { "id": 3, "name": "Nemo" }
                },
                "owner": { "name": "Ann", "partner": { "name": "Bob" }, "pets": [ { "id": 1, "name": "Tom", "petType": "Cat" } ] },
                "status": "sold"
              },
              {
                "id": 2,
                "name": "Rex",
                "petType": "Dog",
                "barksPerDay": 40,
                "kind": "month_to_date",
                "nickname": null,
                "owner": null
              },
              {
                "id": 3,
                "name": "Nemo",
                "kind": "-",
                "status": "available"
              }
            ]
            """;

        /// <summary>A Dog as the server answers a create or a patch.</summary>
        public const string Dog = """
            { "id": 42, "name": "Rex", "petType": "Dog", "barksPerDay": 12, "adopted": false }
            """;
    }
}
