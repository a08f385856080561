package nl.stedendriehoek.kringloop.workers.nextyear;

import org.springframework.data.jpa.repository.JpaRepository;

public interface YearSuccessionRepository extends JpaRepository<YearSuccession, String> {}
