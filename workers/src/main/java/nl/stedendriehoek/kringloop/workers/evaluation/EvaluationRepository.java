package nl.stedendriehoek.kringloop.workers.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<Evaluation, String> {}
