// Balls bouncing in a box: each step moves every ball and reflects it off the
// walls; the result is the number of bounces.
import { Benchmark, run, Random } from './harness.js';

class Ball {
  constructor(random) {
    this.x = random.nextInt(500);
    this.y = random.nextInt(500);
    this.xVel = random.nextInt(300) - 150;
    this.yVel = random.nextInt(300) - 150;
  }

  // Moves the ball one step; true when it hit a wall.
  bounce() {
    const xLimit = 500;
    const yLimit = 500;
    let bounced = false;
    this.x += this.xVel;
    this.y += this.yVel;
    if (this.x > xLimit) {
      this.x = xLimit;
      this.xVel = -Math.abs(this.xVel);
      bounced = true;
    }
    if (this.x < 0) {
      this.x = 0;
      this.xVel = Math.abs(this.xVel);
      bounced = true;
    }
    if (this.y > yLimit) {
      this.y = yLimit;
      this.yVel = -Math.abs(this.yVel);
      bounced = true;
    }
    if (this.y < 0) {
      this.y = 0;
      this.yVel = Math.abs(this.yVel);
      bounced = true;
    }
    return bounced;
  }
}

class Bounce extends Benchmark {
  benchmark() {
    const random = new Random(74755);
    const ballCount = 100;
    let bounces = 0;
    const balls = [];
    for (let i = 0; i < ballCount; i++) balls.push(new Ball(random));
    for (let i = 0; i < 50; i++) {
      for (const ball of balls) {
        if (ball.bounce()) bounces++;
      }
    }
    return bounces;
  }

  verifyResult(result) {
    return result === BOUNCES;
  }
}

const BOUNCES = 1246;
run('Bounce', new Bounce(), 100, 50);
