package io.github.hadath.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CityCountriesTest {

  @Test
  void aCapitalIsACityOfItsCountryNamedAloneOrInsideALongerName() {
    assertThat(CityCountries.isCityOf("مسقط", "سلطنة عمان")).isTrue();
    assertThat(CityCountries.isCityOf("القاهرة", "مصر")).isTrue();
  }

  @Test
  void aCityIsNoCityOfAnotherCountryNorOfAWordThatOnlyContainsTheCountrysName() {
    assertThat(CityCountries.isCityOf("مسقط", "مصر")).isFalse();
    // عمان (Oman) inside عمانية is no mention of the country.
    assertThat(CityCountries.isCityOf("مسقط", "العلاقات العمانية")).isFalse();
    assertThat(CityCountries.isCityOf("بلدة مجهولة", "مصر")).isFalse();
    assertThat(CityCountries.isCityOf(null, "مصر")).isFalse();
  }
}
